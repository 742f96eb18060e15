import type { Handler } from '../../../generated/lightning/server.js';

export const topupSession: Handler<'topupSession'> = async ({ params, body }, ctx) => {
  return { status: 200, body: await ctx.services.sessions.topup(params.id, ctx.principal.subject, body.amount_sats) };
};
