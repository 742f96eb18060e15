import type { Logger } from 'pino';
import type { RunEvent, RunEventStore } from './run-event-store.js';

type Listener = { cursor: number; deliver: (events: RunEvent[]) => void };

/**
 * Fans run events out to live streams. However many clients listen, one poll query per interval reads the
 * events table for all watched runs; each listener keeps its own cursor, so nothing is sent twice or skipped.
 * Events of one run are written one at a time by its worker, so their ids commit in order.
 */
export class RunEventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private pokedWhilePolling = false;

  constructor(
    private readonly store: RunEventStore,
    private readonly pollMs: number,
    private readonly log: Logger,
  ) {}

  listen(runId: string, cursor: number, deliver: (events: RunEvent[]) => void): () => void {
    const listener: Listener = { cursor, deliver };
    let set = this.listeners.get(runId);
    if (!set) this.listeners.set(runId, (set = new Set()));
    set.add(listener);
    this.ensureTimer();
    return () => {
      set!.delete(listener);
      if (set!.size === 0) this.listeners.delete(runId);
      if (this.listeners.size === 0) this.stopTimer();
    };
  }

  /** Wakes the poller now: this process wrote an event, or Postgres notified one. */
  poke(): void {
    if (this.listeners.size === 0) return;
    if (this.polling) this.pokedWhilePolling = true;
    else void this.poll();
  }

  stop(): void {
    this.stopTimer();
    this.listeners.clear();
  }

  private ensureTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async poll(): Promise<void> {
    if (this.polling || this.listeners.size === 0) return;
    this.polling = true;
    try {
      const cursors = new Map<string, number>();
      for (const [runId, set] of this.listeners) cursors.set(runId, Math.min(...[...set].map((l) => l.cursor)));
      const events = await this.store.listAfterForRuns(cursors);
      if (events.length === 0) return;
      const byRun = new Map<string, RunEvent[]>();
      for (const e of events) (byRun.get(e.run_id) ?? byRun.set(e.run_id, []).get(e.run_id)!).push(e);
      for (const [runId, list] of byRun) {
        for (const listener of this.listeners.get(runId) ?? []) {
          const fresh = list.filter((e) => e.id > listener.cursor);
          if (fresh.length === 0) continue;
          listener.cursor = fresh[fresh.length - 1].id;
          listener.deliver(fresh);
        }
      }
    } catch (err) {
      this.log.error({ err }, 'run event poll failed');
    } finally {
      this.polling = false;
      if (this.pokedWhilePolling) {
        this.pokedWhilePolling = false;
        void this.poll();
      }
    }
  }
}
