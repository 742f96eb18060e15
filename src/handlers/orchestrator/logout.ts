import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';
import { sessionAudience } from '../../services/orchestrator/realtime.js';

export const logout: Handler<'logout'> = async (_req, ctx) => {
  const caller = callerOf(ctx.principal);
  await ctx.services.accounts.logout(caller);
  if (caller.sessionId) await ctx.services.realtime.revoke([sessionAudience(caller.sessionId)]);
  return { status: 200, body: { message: 'Successfully logged out' } };
};
