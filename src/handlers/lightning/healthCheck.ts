import type { Handler } from '../../../generated/lightning/server.js';

export const healthCheck: Handler<'healthCheck'> = async (_req, ctx) => {
  await ctx.services.health.check();
  return { status: 200, body: { status: 'ok' } };
};
