import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const getAgentContainer: Handler<'getAgentContainer'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.containers.status(callerOf(ctx.principal).userId, params.id) };
};
