import type { Handler } from '../../../generated/hybrid/server.js';

export const getWorkflow: Handler<'getWorkflow'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.workflows.get(ctx.principal.subject, params.name) };
};
