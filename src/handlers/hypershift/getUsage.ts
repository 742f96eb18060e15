import type { Handler } from '../../../generated/hypershift/server.js';
import { workspaceOf } from '../../services/hypershift/tenancy.js';

export const getUsage: Handler<'getUsage'> = async ({ headers }, ctx) => {
  return { status: 200, body: await ctx.services.limits.usage(workspaceOf(headers)) };
};
