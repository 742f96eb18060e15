import type { Handler } from '../../../generated/hypershift/server.js';

export const getWorkspace: Handler<'getWorkspace'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.workspaces.get(params.id) };
};
