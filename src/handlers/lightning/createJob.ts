import type { Handler } from '../../../generated/lightning/server.js';

export const createJob: Handler<'createJob'> = async ({ body }, ctx) => {
  return { status: 201, body: await ctx.services.jobs.create(body.request) };
};
