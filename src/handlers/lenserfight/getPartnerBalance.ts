import type { Handler } from '../../../generated/lenserfight/server.js';

export const getPartnerBalance: Handler<'getPartnerBalance'> = async ({ params }, ctx) => {
  const data = await ctx.services.partners.balance(ctx.principal.subject, params.partnerName);
  return { status: 200, body: { data } };
};
