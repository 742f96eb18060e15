import type { Handler } from '../../../generated/hybrid/server.js';

export const runWorkflow: Handler<'runWorkflow'> = async ({ body }, ctx) => {
  const jobId = await ctx.services.submission.submitWorkflow(ctx.principal.subject, body);
  return { status: 202, body: { jobId } };
};
