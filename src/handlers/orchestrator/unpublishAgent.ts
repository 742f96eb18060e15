import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const unpublishAgent: Handler<'unpublishAgent'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.marketplace.unpublishAgent(callerOf(ctx.principal).userId, params.id) };
};
