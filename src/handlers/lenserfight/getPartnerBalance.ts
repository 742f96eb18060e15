import type { Handler } from '../../../generated/lenserfight/server.js';
import { lenserfight } from '../../services/lenserfight/container.js';

export const getPartnerBalance: Handler<'getPartnerBalance'> = async ({ params }, ctx) => {
  const data = await lenserfight().partners.balance(ctx.principal.subject, params.partnerName);
  return { status: 200, body: { data } };
};
