import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const undeployAgent: Handler<'undeployAgent'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.deployments.undeploy(callerOf(ctx.principal).userId, params.id) };
};
