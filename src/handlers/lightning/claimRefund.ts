import type { Handler } from '../../../generated/lightning/server.js';

export const claimRefund: Handler<'claimRefund'> = async ({ params, body }, ctx) => {
  return { status: 200, body: await ctx.services.refunds.claim(params.id, body.invoice) };
};
