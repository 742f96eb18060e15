import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const getAgent: Handler<'getAgent'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.agents.get(callerOf(ctx.principal).userId, params.id) };
};
