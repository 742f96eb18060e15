import type { Handler } from '../../../generated/hypershift/server.js';

export const updateWorkspaceTier: Handler<'updateWorkspaceTier'> = async ({ params, body }, ctx) => {
  return { status: 200, body: await ctx.services.workspaces.updateTier(params.id, body.tier) };
};
