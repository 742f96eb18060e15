import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const createOrganization: Handler<'createOrganization'> = async ({ body }, ctx) => {
  const { userId } = callerOf(ctx.principal);
  await ctx.services.accounts.me({ userId });
  const organization = await ctx.services.organizations.create(userId, body);
  return { status: 201, body: organization, headers: { Location: `${ctx.basePath}/organizations/${organization.id}` } };
};
