import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const updateAgent: Handler<'updateAgent'> = async ({ params, body }, ctx) => {
  return { status: 200, body: await ctx.services.agents.update(callerOf(ctx.principal).userId, params.id, body) };
};
