import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const getExecution: Handler<'getExecution'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.executions.get(callerOf(ctx.principal).userId, params.id) };
};
