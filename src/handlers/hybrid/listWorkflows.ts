import type { Handler } from '../../../generated/hybrid/server.js';

export const listWorkflows: Handler<'listWorkflows'> = async (_req, ctx) => {
  return { status: 200, body: await ctx.services.workflows.list(ctx.principal.subject) };
};
