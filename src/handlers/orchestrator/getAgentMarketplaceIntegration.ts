import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const getAgentMarketplaceIntegration: Handler<'getAgentMarketplaceIntegration'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.marketplace.integration(callerOf(ctx.principal).userId, params.id) };
};
