import type { Knex } from 'knex';

export type RunEvent = { id: number; run_id: string; event_type: string; payload: unknown; occurred_at: Date };

export const TERMINAL_EVENTS = new Set(['run.succeeded', 'run.failed', 'run.canceled', 'run.timed_out']);

export class RunEventStore {
  constructor(private readonly knex: Knex) {}

  async append(runId: string, eventType: string, payload: object = {}, db: Knex = this.knex): Promise<RunEvent> {
    const [row] = await db<RunEvent>('lf_run_events')
      .insert({ run_id: runId, event_type: eventType, payload: JSON.stringify(payload) as unknown as object })
      .returning('*');
    return row;
  }

  listAfter(runId: string, afterId: number, limit = 1000): Promise<RunEvent[]> {
    return this.knex<RunEvent>('lf_run_events').where('run_id', runId).andWhere('id', '>', afterId).orderBy('id').limit(limit);
  }

  /** The id of the run's last stored event (0 when it has none). */
  async lastId(runId: string): Promise<number> {
    const row = await this.knex('lf_run_events').where('run_id', runId).max<{ max: string | number | null }>('id as max').first();
    return Number(row?.max ?? 0);
  }

  /**
   * One query for every run that has listeners: the hub's poll. Each run is read after its own cursor. Read after the
   * lowest cursor of all, the events other runs had already sent filled the limit first, and a run whose new events
   * came after them got none, however often it polled.
   */
  listAfterForRuns(cursors: Map<string, number>, limit = 5000): Promise<RunEvent[]> {
    return this.knex<RunEvent>('lf_run_events')
      .where((q) => {
        for (const [runId, cursor] of cursors) q.orWhere((r) => r.where('run_id', runId).andWhere('id', '>', cursor));
      })
      .orderBy('id')
      .limit(limit);
  }
}
