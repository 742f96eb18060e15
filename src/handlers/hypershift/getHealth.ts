import type { Handler } from '../../../generated/hypershift/server.js';

export const getHealth: Handler<'getHealth'> = async (_request, ctx) => {
  return { status: 200, body: ctx.services.health.alive() };
};
