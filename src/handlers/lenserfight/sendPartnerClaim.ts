import type { Handler } from '../../../generated/lenserfight/server.js';

export const sendPartnerClaim: Handler<'sendPartnerClaim'> = async ({ params, body }, ctx) => {
  const data = await ctx.services.partners.sendClaim(ctx.principal.subject, params.partnerName, body);
  return { status: 200, body: { data } };
};
