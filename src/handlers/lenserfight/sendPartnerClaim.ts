import type { Handler } from '../../../generated/lenserfight/server.js';

export const sendPartnerClaim: Handler<'sendPartnerClaim'> = async ({ params, headers, body }, ctx) => {
  const { data, replayed } = await ctx.services.partners.sendClaim(ctx.principal.subject, params.partnerName, body, headers['Idempotency-Key']);
  return { status: 200, body: { data }, headers: replayed ? { 'Idempotent-Replayed': 'true' } : undefined };
};
