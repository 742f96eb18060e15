import type { Handler } from '../../../generated/hypershift/server.js';
import { workspaceOf } from '../../services/hypershift/tenancy.js';

export const getStatus: Handler<'getStatus'> = async ({ headers }, ctx) => {
  return { status: 200, body: await ctx.services.health.status(workspaceOf(headers)) };
};
