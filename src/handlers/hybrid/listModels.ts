import type { Handler } from '../../../generated/hybrid/server.js';

export const listModels: Handler<'listModels'> = async (_req, ctx) => {
  return { status: 200, body: await ctx.services.catalogue.forUser(ctx.principal.subject) };
};
