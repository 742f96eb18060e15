import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const listAgents: Handler<'listAgents'> = async ({ query }, ctx) => {
  return { status: 200, body: await ctx.services.agents.list(callerOf(ctx.principal).userId, query) };
};
