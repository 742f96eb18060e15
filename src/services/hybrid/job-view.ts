import type { DeliveryRow } from '../../core/webhooks/delivery-store.js';
import type { JobRow } from './job-repository.js';

/** The spec's HybridJobState of a job; `callbackDelivery` only where the caller reads it, never in the payload. */
export function jobState(row: JobRow, delivery?: DeliveryRow) {
  return {
    jobId: row.id,
    userId: row.user_id,
    workflowName: row.workflow_name,
    promptText: row.prompt_text,
    requestedModels: row.requested_models,
    results: row.results,
    synthesisResult: row.synthesis_result,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    errorInfo: row.error_info,
    ...(row.kind === 'workflow' ? { variables: row.variables ?? {} } : {}),
    ...(delivery
      ? {
          callbackDelivery: {
            url: delivery.url,
            status: delivery.status,
            attempts: delivery.attempts,
            lastStatusCode: delivery.last_status_code,
            lastError: delivery.last_error,
          },
        }
      : {}),
  };
}
