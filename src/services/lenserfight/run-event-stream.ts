import type { SseStream } from '../../core/handler-types.js';
import type { RunEvent, RunEventStore } from './run-event-store.js';
import { TERMINAL_EVENTS } from './run-event-store.js';
import type { RunEventHub } from './run-event-hub.js';
import type { RunRepository } from './run-repository.js';
import { TERMINAL_STATUSES } from './run-repository.js';

/**
 * Streams a run's events from just after `lastEventId`: first what is already stored, then live events from
 * the hub, then `event: done` once the terminal event has gone out. The run's status is read before the
 * backlog, and the terminal event commits with the terminal status, so a finished run's backlog always
 * holds its terminal event.
 *
 * A cursor past the run's last stored event names no event of this run; it resumes after that last event. Every
 * later event of the run has a greater id (the run's events are appended one after another), so the stream still
 * carries the terminal event and ends. Kept as sent, such a cursor would also pass over every event still to come
 * and the stream of a running run would never end.
 */
export class RunEventStreamer {
  constructor(
    private readonly runs: RunRepository,
    private readonly store: RunEventStore,
    private readonly hub: RunEventHub,
  ) {}

  async stream(runId: string, lastEventId: number, stream: SseStream): Promise<void> {
    // Read before the status: a run not yet terminal then had not stored its terminal event when this was read.
    const lastStored = await this.store.lastId(runId);
    const run = await this.runs.find(runId);
    const alreadyTerminal = run ? TERMINAL_STATUSES.has(run.status) : true;
    let cursor = Math.min(lastEventId, lastStored);
    let finished = alreadyTerminal;
    for (;;) {
      const backlog = await this.store.listAfter(runId, cursor);
      if (backlog.length === 0) break;
      if (this.send(stream, backlog)) finished = true;
      cursor = backlog[backlog.length - 1].id;
    }
    if (!finished && !stream.isClosed) {
      await new Promise<void>((resolve) => {
        const stop = this.hub.listen(runId, cursor, (events) => {
          if (this.send(stream, events)) {
            stop();
            resolve();
          }
        });
        void stream.closed.then(() => {
          stop();
          resolve();
        });
      });
    }
    if (!stream.isClosed) stream.send({ event: 'done', data: { runId, status: (await this.runs.find(runId))?.status ?? null } });
  }

  /** Sends events in order; returns true once the terminal event was sent. */
  private send(stream: SseStream, events: RunEvent[]): boolean {
    let terminal = false;
    for (const e of events) {
      stream.send({
        id: e.id,
        event: e.event_type,
        data: { eventType: e.event_type, payload: e.payload, occurredAt: e.occurred_at.toISOString() },
      });
      if (TERMINAL_EVENTS.has(e.event_type)) terminal = true;
    }
    return terminal;
  }
}
