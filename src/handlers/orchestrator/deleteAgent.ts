import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const deleteAgent: Handler<'deleteAgent'> = async ({ params }, ctx) => {
  await ctx.services.agents.delete(callerOf(ctx.principal).userId, params.id);
  return { status: 200, body: { message: 'Agent deleted successfully' } };
};
