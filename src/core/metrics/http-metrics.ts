import { Counter, Histogram, type Registry } from 'prom-client';

/** The operation label of a request no operation matched (404, 405): a fixed value, never the raw path. */
export const UNMATCHED_OPERATION = '_unmatched';

/** Seconds; the framework answers small operations well under a millisecond, so the low end is finer than prom-client's default. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type RequestLabels = 'api' | 'operation' | 'status';
type LatencyLabels = 'api' | 'operation';

/**
 * Requests by API, operation and status, and their latency, in one server's registry.
 *
 * A request only adds to plain numbers held by its operation; they reach prom-client when /metrics is scraped.
 * Through prom-client's label API every request re-validated and re-hashed its labels (about 0.7 µs, a few
 * per cent of a small operation's whole time).
 */
export class HttpMetrics {
  private readonly operations: OperationMetrics[] = [];

  constructor(registry: Registry) {
    const operations = this.operations;
    new Counter({
      name: 'http_requests_total',
      help: 'Responses sent by the APIs, by API, operation and status',
      labelNames: ['api', 'operation', 'status'],
      registers: [registry],
      collect() {
        for (const op of operations) op.moveCounts(this);
      },
    });
    new OperationLatency(registry, operations);
  }

  /** The recorder of one operation, made once when the runtime is built so a request only looks up its status. */
  operation(api: string, operationId: string): OperationMetrics {
    const op = new OperationMetrics(api, operationId);
    this.operations.push(op);
    return op;
  }
}

export class OperationMetrics {
  /** Responses by status not yet moved into the counter. */
  private readonly pending = new Map<number, number>();
  /** Cumulative per bucket of LATENCY_BUCKETS, then the overflow bucket (+Inf only). */
  readonly buckets = new Float64Array(LATENCY_BUCKETS.length + 1);
  sum = 0;
  count = 0;

  constructor(
    readonly api: string,
    readonly operationId: string,
  ) {}

  record(status: number, seconds: number): void {
    this.pending.set(status, (this.pending.get(status) ?? 0) + 1);
    let bucket = 0;
    while (bucket < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[bucket]) bucket++;
    this.buckets[bucket]++;
    this.sum += seconds;
    this.count++;
  }

  moveCounts(counter: Counter<RequestLabels>): void {
    for (const [status, n] of this.pending) counter.inc({ api: this.api, operation: this.operationId, status: String(status) }, n);
    this.pending.clear();
  }
}

const LATENCY = 'http_request_duration_seconds';
const LATENCY_HELP = 'Time from a request reaching its API to its response (or, for an event stream, its headers) being handed to the socket';

/** prom-client's histogram, read from the operations' own numbers instead of its per-request label hashing. */
class OperationLatency extends Histogram<LatencyLabels> {
  constructor(
    registry: Registry,
    private readonly operations: OperationMetrics[],
  ) {
    super({ name: LATENCY, help: LATENCY_HELP, labelNames: ['api', 'operation'], buckets: LATENCY_BUCKETS, registers: [registry] });
  }

  /** What the registry renders from (prom-client's `get` reads it too); prom-client's own reads its label map, empty here. */
  async getForPromString() {
    const values = this.operations.filter((op) => op.count > 0).flatMap(series);
    return { name: LATENCY, help: LATENCY_HELP, type: 'histogram', aggregator: 'sum', values };
  }
}

function series(op: OperationMetrics) {
  const labels = { api: op.api, operation: op.operationId };
  // As prom-client lays out its own: `le` first, the series' labels shared by its lines.
  const value = (le: Record<string, string | number>, v: number, suffix: string) => ({ labels: le, sharedLabels: labels, value: v, metricName: `${LATENCY}_${suffix}` });
  let cumulative = 0;
  const buckets = LATENCY_BUCKETS.map((le, i) => value({ le }, (cumulative += op.buckets[i]), 'bucket'));
  return [...buckets, value({ le: '+Inf' }, op.count, 'bucket'), value({}, op.sum, 'sum'), value({}, op.count, 'count')];
}
