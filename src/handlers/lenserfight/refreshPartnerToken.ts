import type { Handler } from '../../../generated/lenserfight/server.js';

export const refreshPartnerToken: Handler<'refreshPartnerToken'> = async ({ params, body }, ctx) => {
  const data = await ctx.services.partners.refreshToken(ctx.principal.subject, params.partnerName, body);
  return { status: 200, body: { data } };
};
