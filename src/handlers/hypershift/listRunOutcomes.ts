import type { Handler } from '../../../generated/hypershift/server.js';
import { workspaceOf } from '../../services/hypershift/tenancy.js';

export const listRunOutcomes: Handler<'listRunOutcomes'> = async ({ query, headers }, ctx) => {
  return { status: 200, body: await ctx.services.observability.outcomes(workspaceOf(headers), query.limit ?? 50) };
};
