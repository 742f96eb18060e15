import type { Handler } from '../../../generated/hybrid/server.js';

export const getJobStatus: Handler<'getJobStatus'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.status.state(ctx.principal.subject, params.jobId) };
};
