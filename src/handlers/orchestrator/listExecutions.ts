import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const listExecutions: Handler<'listExecutions'> = async ({ query }, ctx) => {
  return { status: 200, body: await ctx.services.executions.list(callerOf(ctx.principal).userId, query) };
};
