import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { AttemptResult } from './webhook-sender.js';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export type DeliveryRow = {
  id: string;
  api: string;
  event: string;
  event_id: string;
  url: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  max_attempts: number;
  next_attempt_at: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: Date;
};

export type AttemptRow = { attempt: number; status_code: number | null; duration_ms: number; error: string | null; attempted_at: Date };

export type NewDelivery = { api: string; event: string; eventId?: string; url: string; body: string; maxAttempts: number };

/** The SQL of webhook_deliveries and webhook_delivery_attempts. Every write takes the caller's transaction. */
export class DeliveryStore {
  constructor(private readonly knex: Knex) {}

  /** Inserts a pending delivery; its event id is its own id unless the caller names one. */
  async insert(trx: Knex, delivery: NewDelivery): Promise<DeliveryRow> {
    const id = randomUUID();
    const [row] = await trx('webhook_deliveries')
      .insert({
        id,
        api: delivery.api,
        event: delivery.event,
        event_id: delivery.eventId ?? id,
        url: delivery.url,
        body: delivery.body,
        max_attempts: delivery.maxAttempts,
        next_attempt_at: trx.fn.now(),
      })
      .returning('*');
    return row;
  }

  get(id: string): Promise<DeliveryRow | undefined> {
    return this.knex('webhook_deliveries').where({ id }).first();
  }

  /** The row locked for this transaction, so two workers holding the same job record one outcome. */
  lock(trx: Knex, id: string): Promise<DeliveryRow | undefined> {
    return trx('webhook_deliveries').where({ id }).forUpdate().first();
  }

  attempts(deliveryId: string): Promise<AttemptRow[]> {
    return this.knex('webhook_delivery_attempts')
      .where({ delivery_id: deliveryId })
      .orderBy('attempt')
      .select('attempt', 'status_code', 'duration_ms', 'error', 'attempted_at');
  }

  /** Records attempt `attempt` and what it leaves the delivery as; `retryInMs` is set while it stays pending. */
  async recordAttempt(trx: Knex, id: string, attempt: number, result: AttemptResult, retryInMs: number | null): Promise<DeliveryStatus> {
    await trx('webhook_delivery_attempts').insert({
      delivery_id: id,
      attempt,
      status_code: result.statusCode,
      duration_ms: result.durationMs,
      error: result.error,
    });
    const status: DeliveryStatus = result.error === null ? 'delivered' : retryInMs === null ? 'failed' : 'pending';
    await trx('webhook_deliveries')
      .where({ id })
      .update({
        status,
        attempts: attempt,
        last_status_code: result.statusCode,
        last_error: result.error,
        next_attempt_at: status === 'pending' ? trx.raw(`now() + ? * interval '1 millisecond'`, [retryInMs]) : null,
        delivered_at: status === 'delivered' ? trx.fn.now() : null,
        updated_at: trx.fn.now(),
      });
    return status;
  }
}
