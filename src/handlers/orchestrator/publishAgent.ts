import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const publishAgent: Handler<'publishAgent'> = async ({ params, body }, ctx) => {
  return { status: 200, body: await ctx.services.marketplace.publishAgent(callerOf(ctx.principal).userId, params.id, body) };
};
