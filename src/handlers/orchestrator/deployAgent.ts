import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const deployAgent: Handler<'deployAgent'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.deployments.deploy(callerOf(ctx.principal).userId, params.id) };
};
