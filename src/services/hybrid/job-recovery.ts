import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { JobQueue } from '../../queue/job-queue.js';
import { HYBRID_JOB_QUEUE, type HybridJob } from './job-executor.js';
import type { JobFinisher } from './job-finisher.js';
import type { JobRepository } from './job-repository.js';

const MAX_ATTEMPTS = 3;

export const UNSTARTED_ERROR = 'The job was never started: its queue entry ran out of retries before a worker claimed it';

/**
 * A live job whose worker stopped beating (the process died or restarted) is run again from the start, or failed
 * after MAX_ATTEMPTS, so no job is ever left `generating`; a pending job whose queue entry gave up before any
 * worker claimed it is failed, so none is left `pending` for good. Runs at start-up and then periodically.
 */
export class JobRecovery {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly knex: Knex,
    private readonly jobs: JobRepository,
    private readonly finisher: JobFinisher,
    private readonly queue: JobQueue,
    private readonly staleAfterMs: number,
    private readonly log: Logger,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.sweep().catch((err) => this.log.error({ err }, 'hybrid job recovery failed')), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<{ requeued: number; failed: number; unstarted: number }> {
    const counts = { requeued: 0, failed: 0, unstarted: 0 };
    for (const job of await this.jobs.unstarted(this.staleAfterMs, this.queueEntry)) {
      if (await this.finisher.failUnstarted(job, UNSTARTED_ERROR, this.queueEntry)) counts.unstarted++;
    }
    for (const job of await this.jobs.stale(this.staleAfterMs)) {
      if (job.attempts >= MAX_ATTEMPTS) {
        const errorInfo = `The job's worker stopped ${job.attempts} times; giving up`;
        if (await this.finisher.finish(job, { status: 'failed', synthesisResult: null, errorInfo })) counts.failed++;
        continue;
      }
      const requeued = await this.knex.transaction(async (trx) => {
        if (!(await this.jobs.requeue(trx, job))) return false;
        await this.queue.send<HybridJob>(HYBRID_JOB_QUEUE, { jobId: job.id }, trx);
        return true;
      });
      if (requeued) counts.requeued++;
    }
    if (counts.requeued + counts.failed + counts.unstarted > 0) {
      this.log.warn(counts, 'recovered hybrid jobs whose worker stopped or that no queue entry would start');
    }
    return counts;
  }

  /** The queue job that will start, or is starting, `hybrid_jobs.id` (see JobQueue.liveJobs). */
  private readonly queueEntry = (knex: Knex): Knex.QueryBuilder =>
    this.queue.liveJobs(knex, HYBRID_JOB_QUEUE).whereRaw(`data->>'jobId' = hybrid_jobs.id::text`).select(knex.raw('1'));
}
