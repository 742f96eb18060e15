import type { Handler } from '../../../generated/lenserfight/server.js';

export const getRunStatus: Handler<'getRunStatus'> = async ({ params }, ctx) => {
  const run = await ctx.services.status.status(ctx.principal.subject, params.runId);
  return { status: 200, body: { data: run } };
};
