import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { JobQueue } from '../../queue/job-queue.js';
import type { RunEventStore } from './run-event-store.js';
import type { RunRepository } from './run-repository.js';
import { RUN_QUEUE, type RunJob } from './run-submission.js';

const MAX_ATTEMPTS = 3;

/**
 * A run whose worker died (its heartbeat went stale) goes back to the queue, or fails after MAX_ATTEMPTS.
 * Runs once at start-up and then periodically, so a crash never leaves a run `running`.
 */
export class RunRecovery {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly knex: Knex,
    private readonly runs: RunRepository,
    private readonly events: RunEventStore,
    private readonly queue: JobQueue,
    private readonly staleAfterMs: number,
    private readonly log: Logger,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.sweep().catch((err) => this.log.error({ err }, 'run recovery failed')), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    let recovered = 0;
    for (const run of await this.runs.stale(this.staleAfterMs)) {
      const done = await this.knex.transaction(async (trx) => {
        if (run.attempts >= MAX_ATTEMPTS) {
          // As any other failed run: not billed, and the event carries the message the run's status shows.
          const errorMessage = `The run's worker stopped ${run.attempts} times; giving up`;
          const n = await trx('lf_runs').where({ id: run.id, attempts: run.attempts, status: 'running' }).update({
            status: 'failed',
            error_code: 'worker_lost',
            error_message: errorMessage,
            billing_status: 'not_billed',
            credit_cost: 0,
            completed_at: trx.fn.now(),
            updated_at: trx.fn.now(),
          });
          if (n > 0) await this.events.append(run.id, 'run.failed', { status: 'failed', errorCode: 'worker_lost', errorMessage }, trx);
          return n > 0;
        }
        if (!(await this.runs.requeue(run, trx))) return false;
        await this.events.append(run.id, 'run.requeued', { reason: 'worker_lost', attempt: run.attempts }, trx);
        await this.queue.send<RunJob>(RUN_QUEUE, { runId: run.id }, trx);
        return true;
      });
      if (done) recovered++;
    }
    if (recovered > 0) this.log.warn({ recovered }, 'recovered runs whose worker stopped');
    return recovered;
  }
}
