import { Counter, Histogram, type Registry } from 'prom-client';

/** The operation label of a request no operation matched (404, 405): a fixed value, never the raw path. */
export const UNMATCHED_OPERATION = '_unmatched';

/** Seconds; the framework answers small operations well under a millisecond, so the low end is finer than prom-client's default. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type RequestLabels = 'api' | 'operation' | 'status';

/** Requests by API, operation and status, and their latency, in one server's registry. */
export class HttpMetrics {
  private readonly requests: Counter<RequestLabels>;
  private readonly latency: Histogram<'api' | 'operation'>;

  constructor(registry: Registry) {
    this.requests = new Counter({
      name: 'http_requests_total',
      help: 'Responses sent by the APIs, by API, operation and status',
      labelNames: ['api', 'operation', 'status'],
      registers: [registry],
    });
    this.latency = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from a request reaching its API to its response (or, for an event stream, its headers) being handed to the socket',
      labelNames: ['api', 'operation'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
  }

  /** The recorder of one operation, made once when the runtime is built so a request only looks up its status. */
  operation(api: string, operationId: string): OperationMetrics {
    return new OperationMetrics(this.requests, this.latency.labels(api, operationId), api, operationId);
  }
}

export class OperationMetrics {
  private readonly byStatus = new Map<number, Counter.Internal>();

  constructor(
    private readonly requests: Counter<RequestLabels>,
    private readonly latency: Histogram.Internal<'api' | 'operation'>,
    private readonly api: string,
    private readonly operationId: string,
  ) {}

  record(status: number, seconds: number): void {
    let counter = this.byStatus.get(status);
    if (!counter) this.byStatus.set(status, (counter = this.requests.labels(this.api, this.operationId, String(status))));
    counter.inc();
    this.latency.observe(seconds);
  }
}
