import type { Logger } from 'pino';

/** Runs a periodic task (the lost-execution sweep) until stopped; a failed round is logged and the next one tries again. */
export class Sweeper {
  private timer?: NodeJS.Timeout;

  constructor(private readonly log: Logger) {}

  start(task: () => Promise<unknown>, everyMs: number): void {
    this.timer = setInterval(() => task().catch((err) => this.log.error({ err }, 'orchestrator sweep failed')), everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
