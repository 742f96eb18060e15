import type { Handler } from '../../../generated/hypershift/server.js';

export const getFleetHealth: Handler<'getFleetHealth'> = async (_request, ctx) => {
  return { status: 200, body: await ctx.services.health.fleet() };
};
