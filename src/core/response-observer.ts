import type { Logger } from 'pino';
import type { OperationMetrics } from './metrics/http-metrics.js';
import { requestLog, type RequestLog } from './request-log.js';

/**
 * What happens once to every response of one operation (or of the requests no operation matched): it is
 * counted and timed, reported to `onResponse`, and logged in one info line. Made once per operation, so the
 * API and operation are bound into the logger's child (serialized once) and the metrics' label children.
 */
export class ResponseObserver {
  private readonly log: RequestLog;

  constructor(
    logger: Logger,
    labels: { api: string; operation: string },
    private readonly metrics?: OperationMetrics,
    private readonly report?: (status: number) => void,
  ) {
    this.log = requestLog(logger, labels);
  }

  observe(requestId: string, status: number, durationMs: number): void {
    this.metrics?.record(status, durationMs / 1000);
    this.report?.(status);
    this.log(requestId, status, durationMs);
  }
}
