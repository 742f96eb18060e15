import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const createAgent: Handler<'createAgent'> = async ({ body }, ctx) => {
  const { userId } = callerOf(ctx.principal);
  await ctx.services.accounts.me({ userId });
  const agent = await ctx.services.agents.create(userId, body);
  return { status: 201, body: agent, headers: { Location: `${ctx.basePath}/agents/${agent.id}` } };
};
