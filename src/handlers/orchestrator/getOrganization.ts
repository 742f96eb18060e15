import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const getOrganization: Handler<'getOrganization'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.organizations.get(callerOf(ctx.principal).userId, params.id) };
};
