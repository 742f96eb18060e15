import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const getWorkflow: Handler<'getWorkflow'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.workflows.get(callerOf(ctx.principal).userId, params.id) };
};
