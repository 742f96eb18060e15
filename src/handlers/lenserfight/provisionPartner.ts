import type { Handler } from '../../../generated/lenserfight/server.js';

export const provisionPartner: Handler<'provisionPartner'> = async ({ params, body }, ctx) => {
  const data = await ctx.services.partners.provision(ctx.principal.subject, params.partnerName, body);
  return { status: 200, body: { data } };
};
