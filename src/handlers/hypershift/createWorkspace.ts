import type { Handler } from '../../../generated/hypershift/server.js';

export const createWorkspace: Handler<'createWorkspace'> = async ({ body }, ctx) => {
  return { status: 201, body: await ctx.services.workspaces.create(body?.name ?? undefined) };
};
