import type { Knex } from 'knex';
import type { JobQueue } from '../../queue/job-queue.js';

export const STEP_QUEUE = 'hypershift-step';

export type StepJob = { runId: string; step: number };

/**
 * Sends one pipeline step as its own job, inside the transaction that moved the run to that step. pg-boss does
 * not retry it: a step whose worker is lost is taken over by the recovery sweep, which alone counts attempts.
 */
export class StepQueue {
  constructor(private readonly queue: JobQueue) {}

  async send(trx: Knex, job: StepJob): Promise<void> {
    await this.queue.send(STEP_QUEUE, job, trx, { retryLimit: 0 });
  }

  /** Wakes this process's workers once the sending transaction has committed. */
  nudge(): void {
    this.queue.nudge(STEP_QUEUE);
  }
}
