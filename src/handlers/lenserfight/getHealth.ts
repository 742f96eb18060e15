import type { Handler } from '../../../generated/lenserfight/server.js';

export const getHealth: Handler<'getHealth'> = async (_req, ctx) => {
  const result = await ctx.services.health.check();
  return result.ok ? { status: 200, body: result.body } : { status: 503, body: result.body };
};
