import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const restartAgentContainer: Handler<'restartAgentContainer'> = async ({ params }, ctx) => {
  return { status: 202, body: await ctx.services.containers.restart(callerOf(ctx.principal).userId, params.id) };
};
