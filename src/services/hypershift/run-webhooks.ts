import type { Knex } from 'knex';
import type { WebhookDelivery } from '../../core/webhooks/webhook-delivery.js';
import type { Schemas } from './types.js';

export const HYPERSHIFT_WEBHOOKS = 'hypershift';

type Events = {
  'run.created': Schemas['RunCreatedPayload'];
  'run.started': Schemas['RunStartedPayload'];
  'run.completed': Schemas['RunCompletedPayload'];
  'deploy.succeeded': Schemas['DeploySucceededPayload'];
};

/**
 * HyperShift's outgoing events, as `{event, payload, ts}` through the core's durable delivery. Each is queued in
 * the transaction of the state change it reports; without WEBHOOK_URL / HYPERSHIFT_WEBHOOK_URL nothing is queued.
 */
export class RunWebhooks {
  constructor(
    private readonly delivery: WebhookDelivery,
    private readonly url: string | undefined,
  ) {}

  async emit<E extends keyof Events>(trx: Knex, event: E, payload: Events[E]): Promise<void> {
    if (!this.url) return;
    await this.delivery.enqueue(trx, { api: HYPERSHIFT_WEBHOOKS, url: this.url, event, payload: { event, payload, ts: new Date().toISOString() } });
  }
}
