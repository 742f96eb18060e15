import type { Handler } from '../../../generated/hypershift/server.js';
import { workspaceOf } from '../../services/hypershift/tenancy.js';

export const getSlo: Handler<'getSlo'> = async ({ query, headers }, ctx) => {
  return { status: 200, body: await ctx.services.observability.slo(workspaceOf(headers), query.days ?? 7) };
};
