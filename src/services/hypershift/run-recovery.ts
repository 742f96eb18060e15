import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Pipeline } from './pipeline.js';
import type { RunRow } from './run-store.js';
import type { StepQueue } from './step-queue.js';
import { agentAt } from './types.js';

/**
 * A `running` run whose step has had no heartbeat for `staleAfterMs` lost its worker (a crash, a restart, a job
 * that never ran). The sweep sends the step again, or fails the run once the step was claimed `maxAttempts`
 * times, so no run stays `running` without a worker. It runs at start-up and then periodically, in every process;
 * the heartbeat it bumps keeps two processes from re-sending the same step.
 */
export class RunRecovery {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly knex: Knex,
    private readonly pipeline: Pipeline,
    private readonly steps: StepQueue,
    private readonly settings: { staleAfterMs: number; maxAttempts: number },
    private readonly log: Logger,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.sweep().catch((err) => this.log.error({ err }, 'hypershift run recovery failed')), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    const cutoff = new Date(Date.now() - this.settings.staleAfterMs);
    const stale: RunRow[] = await this.knex('hs_runs')
      .where({ status: 'running' })
      .andWhere((q) => q.whereNull('heartbeat_at').orWhere('heartbeat_at', '<', cutoff));
    let recovered = 0;
    for (const run of stale) {
      if (run.step_attempt >= this.settings.maxAttempts) {
        const error = `Step ${agentAt(run.current_step)} lost its worker ${run.step_attempt} times; giving up`;
        if (await this.pipeline.fail(run, error)) recovered++;
        continue;
      }
      const resent = await this.knex.transaction(async (trx) => {
        const bumped = await trx('hs_runs')
          .where({ id: run.id, status: 'running', current_step: run.current_step, step_attempt: run.step_attempt })
          .andWhere((q) => q.whereNull('heartbeat_at').orWhere('heartbeat_at', '<', cutoff))
          .update({ heartbeat_at: trx.fn.now() });
        if (bumped === 0) return false;
        await this.steps.send(trx, { runId: run.id, step: run.current_step });
        return true;
      });
      if (resent) recovered++;
    }
    if (recovered > 0) this.log.warn({ recovered }, 'hypershift: recovered runs whose step lost its worker');
    return recovered;
  }
}
