import { Counter, type Registry } from 'prom-client';

/** Outbound webhook delivery attempts per API and outcome, in one server's registry. */
export class WebhookMetrics {
  private readonly attempts: Counter<'api' | 'outcome'>;

  constructor(registry: Registry) {
    this.attempts = new Counter({
      name: 'webhook_deliveries_total',
      help: 'Webhook delivery attempts, by API and outcome',
      labelNames: ['api', 'outcome'],
      registers: [registry],
    });
  }

  /**
   * Counts one attempt. `outcome` must come from a small fixed set (for example delivered, retrying, exhausted,
   * refused), never from a response or an error message: each distinct value is a new time series.
   */
  attempt(api: string, outcome: string): void {
    this.attempts.labels(api, outcome).inc();
  }
}
