import { collectDefaultMetrics, Registry } from 'prom-client';
import { ConnectionMetrics } from './connection-metrics.js';
import { HttpMetrics } from './http-metrics.js';
import { QueueMetrics } from './queue-metrics.js';
import { WebhookMetrics } from './webhook-metrics.js';

export type ServerMetricsOptions = {
  /** How long a read of the queue depths is reused by later scrapes. */
  queueDepthCacheMs?: number;
  /** prom-client's process metrics (CPU, memory, event-loop lag, GC). */
  processMetrics?: boolean;
};

/**
 * Everything one server exposes at /metrics, in a registry of its own: prom-client's global registry would
 * mix the series of two servers in one process.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly http: HttpMetrics;
  readonly queue: QueueMetrics;
  readonly connections: ConnectionMetrics;
  readonly webhooks: WebhookMetrics;

  constructor(options: ServerMetricsOptions = {}) {
    this.http = new HttpMetrics(this.registry);
    this.queue = new QueueMetrics(this.registry, options.queueDepthCacheMs ?? 5_000);
    this.connections = new ConnectionMetrics(this.registry);
    this.webhooks = new WebhookMetrics(this.registry);
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** The Prometheus text exposition of every metric. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
