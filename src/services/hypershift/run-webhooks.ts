import type { Knex } from 'knex';
import type { WebhookDelivery } from '../../core/webhooks/webhook-delivery.js';
import type { Schemas } from './types.js';

type Events = {
  'run.created': Schemas['RunCreatedPayload'];
  'run.started': Schemas['RunStartedPayload'];
  'run.completed': Schemas['RunCompletedPayload'];
  'deploy.succeeded': Schemas['DeploySucceededPayload'];
};

/**
 * HyperShift's outgoing events, as `{event, payload, ts}` through the core's durable delivery. Each is queued in
 * the transaction of the state change it reports, to the URL the run was created with; without WEBHOOK_URL /
 * HYPERSHIFT_WEBHOOK_URL then, nothing is queued.
 */
export class RunWebhooks {
  constructor(
    private readonly delivery: WebhookDelivery,
    /** The webhook profile registered for this deployment (HYPERSHIFT_INSTANCE). */
    readonly profile: string,
    /** The configured destination, which a new run keeps as its own. */
    readonly url: string | undefined,
  ) {}

  /** Queues `event` to `url` (the run's own destination), or nothing when the run has none. */
  async emit<E extends keyof Events>(trx: Knex, url: string | null | undefined, event: E, payload: Events[E]): Promise<void> {
    if (!url) return;
    await this.delivery.enqueue(trx, { api: this.profile, url, event, payload: { event, payload, ts: new Date().toISOString() } });
  }
}
