import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const createWorkflow: Handler<'createWorkflow'> = async ({ params, body }, ctx) => {
  const workflow = await ctx.services.workflows.create(callerOf(ctx.principal).userId, params.agent_id, body);
  return { status: 201, body: workflow, headers: { Location: `${ctx.basePath}/workflows/${workflow.id}` } };
};
