import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const getAgentContainerLogs: Handler<'getAgentContainerLogs'> = async ({ params, query }, ctx) => {
  return { status: 200, body: await ctx.services.containers.logs(callerOf(ctx.principal).userId, params.id, query) };
};
