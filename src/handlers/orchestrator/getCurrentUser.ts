import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const getCurrentUser: Handler<'getCurrentUser'> = async (_req, ctx) => {
  return { status: 200, body: await ctx.services.accounts.me(callerOf(ctx.principal)) };
};
