import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const listAgentWorkflows: Handler<'listAgentWorkflows'> = async ({ params }, ctx) => {
  return { status: 200, body: await ctx.services.workflows.list(callerOf(ctx.principal).userId, params.agent_id) };
};
