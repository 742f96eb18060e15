import type { Handler } from '../../../generated/hypershift/server.js';

export const getDeployment: Handler<'getDeployment'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.deployments.get(params.run_id) };
};
