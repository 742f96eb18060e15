import type { Handler } from '../../../generated/hybrid/server.js';

export const runHybridPrompt: Handler<'runHybridPrompt'> = async ({ body }, ctx) => {
  const jobId = await ctx.services.submission.submitPrompt(ctx.principal.subject, body);
  return { status: 202, body: { jobId } };
};
