import { randomUUID } from 'node:crypto';
import type { Handler } from '../../../generated/orchestrator/server.js';
import { callerOf } from '../../services/orchestrator/caller.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const executeWorkflow: Handler<'executeWorkflow'> = async ({ params, body }, ctx) => {
  const correlationId = UUID.test(ctx.requestId) ? ctx.requestId : randomUUID();
  const started = await ctx.services.executions.start(callerOf(ctx.principal).userId, params.id, body, correlationId);
  return {
    status: 202,
    body: started,
    headers: { Location: `/api/v1/executions/${started.execution_id}`, 'X-Correlation-ID': correlationId },
  };
};
