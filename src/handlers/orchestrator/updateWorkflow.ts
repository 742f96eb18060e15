import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const updateWorkflow: Handler<'updateWorkflow'> = async ({ params, body }, ctx) => {
  return { status: 200, body: await ctx.services.workflows.update(callerOf(ctx.principal).userId, params.id, body) };
};
