import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const listOrganizations: Handler<'listOrganizations'> = async (_req, ctx) => {
  return { status: 200, body: { organizations: await ctx.services.organizations.list(callerOf(ctx.principal).userId) } };
};
