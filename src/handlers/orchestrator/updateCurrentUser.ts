import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const updateCurrentUser: Handler<'updateCurrentUser'> = async ({ body }, ctx) => {
  return { status: 200, body: await ctx.services.accounts.updateMe(callerOf(ctx.principal), body) };
};
