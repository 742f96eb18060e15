import type { Knex } from 'knex';
import type { WebhookDelivery } from '../../core/webhooks/webhook-delivery.js';
import type { Attempt, JobRepository, JobRow, ModelResult } from './job-repository.js';
import { jobState } from './job-view.js';

export const HYBRID_WEBHOOKS = 'hybrid';
export const JOB_FINISHED_EVENT = 'jobFinished';

export type Outcome = { status: 'completed' | 'failed'; synthesisResult: ModelResult | null; errorInfo: string | null; variables?: Record<string, string> };

/**
 * Moves a live job to its final status and, in the same transaction, queues the callback carrying that final
 * state: the callback exists exactly when the final state does. The job id is the callback's event id, so a
 * receiver drops a repeated delivery.
 */
export class JobFinisher {
  constructor(
    private readonly knex: Knex,
    private readonly jobs: JobRepository,
    private readonly webhooks: WebhookDelivery,
  ) {}

  finish(attempt: Attempt, outcome: Outcome): Promise<JobRow | undefined> {
    return this.finishWith((trx) => this.jobs.finish(trx, attempt, outcome));
  }

  /** A pending job nothing will start (see JobRepository.unstarted) to failed, with its callback. */
  failUnstarted(attempt: Attempt, errorInfo: string, queueEntry: (knex: Knex) => Knex.QueryBuilder): Promise<JobRow | undefined> {
    return this.finishWith((trx) => this.jobs.failUnstarted(trx, attempt, errorInfo, queueEntry));
  }

  private finishWith(transition: (trx: Knex) => Promise<JobRow | undefined>): Promise<JobRow | undefined> {
    return this.knex.transaction(async (trx) => {
      const row = await transition(trx);
      if (!row?.callback_url) return row;
      const queued = await this.webhooks.enqueue(trx, { api: HYBRID_WEBHOOKS, url: row.callback_url, event: JOB_FINISHED_EVENT, payload: jobState(row), eventId: row.id });
      await this.jobs.setCallbackDelivery(trx, row.id, queued.deliveryId);
      return { ...row, callback_delivery_id: queued.deliveryId };
    });
  }
}
