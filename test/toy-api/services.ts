import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { JobQueue } from '../../src/queue/job-queue.js';
import { HttpError } from '../../src/core/http-error.js';

export const TOY_QUEUE = 'toy-process-note';

type NoteRow = { id: string; owner_sub: string; text: string; processed: boolean; times_processed: number };

/** The toy API's only service: notes in its own table, processed by its own queue worker. */
export class NoteStore {
  constructor(
    private readonly knex: Knex,
    private readonly queue: JobQueue,
  ) {}

  async create(ownerSub: string, text: string) {
    const id = randomUUID();
    await this.knex.transaction(async (trx) => {
      await trx('toy_notes').insert({ id, owner_sub: ownerSub, text });
      await this.queue.send(TOY_QUEUE, { id }, trx);
    });
    this.queue.nudge(TOY_QUEUE);
    return { id, text, processed: false, timesProcessed: 0 };
  }

  async get(ownerSub: string, id: string) {
    const row: NoteRow | undefined = await this.knex('toy_notes').where({ id, owner_sub: ownerSub }).first();
    if (!row) throw new HttpError(404, 'not_found', 'No such note');
    return { id: row.id, text: row.text, processed: row.processed, timesProcessed: row.times_processed };
  }

  async process(id: string): Promise<void> {
    await this.knex('toy_notes').where({ id }).update({ processed: true, times_processed: this.knex.raw('times_processed + 1') });
  }
}

export type Services = { instanceId: string; notes: NoteStore; lifecycle: string[] };
