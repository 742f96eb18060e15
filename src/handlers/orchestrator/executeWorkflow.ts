import type { Handler } from '../../../generated/orchestrator/server.js';
import { requestIdAsUuid } from '../../core/request-id.js';
import { callerOf } from '../../services/orchestrator/caller.js';

export const executeWorkflow: Handler<'executeWorkflow'> = async ({ params, body }, ctx) => {
  const correlationId = requestIdAsUuid(ctx.requestId);
  const started = await ctx.services.executions.start(callerOf(ctx.principal).userId, params.id, body, correlationId);
  return {
    status: 202,
    body: started,
    headers: { Location: `${ctx.basePath}/executions/${started.execution_id}`, 'X-Correlation-ID': correlationId },
  };
};
