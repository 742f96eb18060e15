import type { Knex } from 'knex';
import type { JobQueue } from '../../queue/job-queue.js';

export type StepJob = { runId: string; step: number };

/** The step queue of a HyperShift deployment named `instance` (HYPERSHIFT_INSTANCE). */
export const stepQueueName = (instance: string) => `${instance}-step`;

/**
 * Sends one pipeline step as its own job, inside the transaction that moved the run to that step. pg-boss does
 * not retry it: a step whose worker is lost is taken over by the recovery sweep, which alone counts attempts.
 */
export class StepQueue {
  constructor(
    private readonly queue: JobQueue,
    readonly name: string,
  ) {}

  async send(trx: Knex, job: StepJob): Promise<void> {
    await this.queue.send(this.name, job, trx, { retryLimit: 0 });
  }
}
