import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { JobQueue } from '../../src/queue/job-queue.js';
import { HttpError } from '../../src/core/http-error.js';
import type { WebhookDelivery } from '../../src/core/webhooks/webhook-delivery.js';
import type { WebSocketChannel } from '../../src/core/websocket/channel.js';

export const TOY_API = 'toy-api';
export const TOY_QUEUE = 'toy-process-note';

type NoteRow = { id: string; owner_sub: string; text: string; callback_url: string | null; processed: boolean; times_processed: number };

/** The toy API's only service: notes in its own table, processed by its own queue worker. */
export class NoteStore {
  constructor(
    private readonly knex: Knex,
    private readonly queue: JobQueue,
    private readonly announce: (ownerSub: string, note: { id: string; text: string }) => Promise<void>,
    private readonly webhooks: WebhookDelivery,
  ) {}

  async create(ownerSub: string, text: string, callbackUrl?: string) {
    const id = randomUUID();
    await this.knex.transaction(async (trx) => {
      await trx('toy_notes').insert({ id, owner_sub: ownerSub, text, callback_url: callbackUrl ?? null });
      await this.queue.send(TOY_QUEUE, { id }, trx);
    });
    await this.announce(ownerSub, { id, text });
    return { id, text, processed: false, timesProcessed: 0 };
  }

  async get(ownerSub: string, id: string) {
    const row: NoteRow | undefined = await this.knex('toy_notes').where({ id, owner_sub: ownerSub }).first();
    if (!row) throw new HttpError(404, 'not_found', 'No such note');
    return { id: row.id, text: row.text, processed: row.processed, timesProcessed: row.times_processed };
  }

  /** Marks the note processed and queues its webhook in the same transaction: both happen, or neither. */
  async process(id: string): Promise<void> {
    await this.knex.transaction(async (trx) => {
      const [row]: NoteRow[] = await trx('toy_notes')
        .where({ id })
        .update({ processed: true, times_processed: trx.raw('times_processed + 1') })
        .returning('*');
      if (row?.callback_url) {
        await this.webhooks.enqueue(trx, { api: TOY_API, url: row.callback_url, event: 'noteProcessed', payload: { id, text: row.text }, eventId: id });
      }
    });
  }
}

export type Services = { instanceId: string; notes: NoteStore; live: WebSocketChannel; lifecycle: string[] };
