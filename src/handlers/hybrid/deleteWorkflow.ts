import type { Handler } from '../../../generated/hybrid/server.js';

export const deleteWorkflow: Handler<'deleteWorkflow'> = async ({ params }, ctx) => {
  await ctx.services.workflows.delete(ctx.principal.subject, params.name);
  return { status: 200, body: { status: 'success' } };
};
