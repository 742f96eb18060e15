import type { Handler } from '../../../generated/lightning/server.js';

export const runDemo: Handler<'runDemo'> = async ({ query }, ctx) => {
  return { status: 200, body: { result: await ctx.services.demo.run(query.request) } };
};
