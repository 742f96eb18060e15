import type { Logger } from 'pino';

/** Runs a periodic task (the orchestrator's sweep: lost executions, agents to adopt, stale pending executions) until stopped; a failed round is logged and the next one tries again. */
export class Sweeper {
  private timer?: NodeJS.Timeout;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly log: Logger) {}

  start(task: () => Promise<unknown>, everyMs: number): void {
    this.timer = setInterval(() => task().catch((err) => this.log.error({ err }, 'orchestrator sweep failed')), everyMs);
    this.timer.unref();
  }

  /** Something else start() began that stop() ends (a subscription). */
  onStop(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  stop(): void {
    clearInterval(this.timer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}
