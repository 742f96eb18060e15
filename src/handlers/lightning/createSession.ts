import type { Handler } from '../../../generated/lightning/server.js';

export const createSession: Handler<'createSession'> = async ({ body }, ctx) => {
  return { status: 201, body: await ctx.services.sessions.create(body.amount_sats) };
};
