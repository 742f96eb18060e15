import type { Handler } from '../../../generated/lightning/server.js';

export const getJob: Handler<'getJob'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.jobs.get(params.id) };
};
