import type { Handler } from '../../../generated/lenserfight/server.js';
import { lenserfight } from '../../services/lenserfight/container.js';

export const sendPartnerClaim: Handler<'sendPartnerClaim'> = async ({ params, body }, ctx) => {
  const data = await lenserfight().partners.sendClaim(ctx.principal.subject, params.partnerName, body);
  return { status: 200, body: { data } };
};
