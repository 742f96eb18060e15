import type { Knex } from 'knex';
import type { AgentName, RunStatus, Schemas } from './types.js';

type OutcomeRow = { id: string; status: RunStatus; failed_step: AgentName | null; started_at: Date | null; finished_at: Date | null };

const OUTCOMES: RunStatus[] = ['completed', 'failed', 'blocked'];

const durationOf = (r: OutcomeRow) =>
  r.started_at && r.finished_at ? Math.max(0, new Date(r.finished_at).getTime() - new Date(r.started_at).getTime()) : null;

/** Outcomes and SLO figures of one workspace's runs (decisions 15 and 16). */
export class Observability {
  constructor(private readonly knex: Knex) {}

  async outcomes(workspaceId: string, limit: number): Promise<Schemas['RunOutcomes']> {
    const rows: OutcomeRow[] = await this.knex('hs_runs')
      .where({ workspace_id: workspaceId })
      .whereIn('status', OUTCOMES)
      .orderByRaw('finished_at desc nulls last, id desc')
      .limit(limit);
    return {
      workspace_id: workspaceId,
      outcomes: rows.map((r) => ({
        run_id: r.id,
        status: r.status as 'completed' | 'failed' | 'blocked',
        duration_ms: durationOf(r),
        failed_step: r.status === 'failed' ? r.failed_step : null,
        completed_at: r.finished_at ? new Date(r.finished_at).toISOString() : null,
      })),
    };
  }

  async slo(workspaceId: string, days: number): Promise<Schemas['SloReport']> {
    const since = new Date(Date.now() - days * 86_400_000);
    const rows: OutcomeRow[] = await this.knex('hs_runs')
      .where({ workspace_id: workspaceId })
      .whereIn('status', OUTCOMES)
      .andWhere('created_at', '>=', since)
      .select('id', 'status', 'failed_step', 'started_at', 'finished_at');
    const count = (status: RunStatus) => rows.filter((r) => r.status === status).length;
    const durations = rows.filter((r) => r.status !== 'blocked').map(durationOf).filter((d): d is number => d !== null);
    const total = rows.length;
    return {
      workspace_id: workspaceId,
      days,
      total_runs: total,
      success_count: count('completed'),
      failure_count: count('failed'),
      blocked_count: count('blocked'),
      success_rate: total === 0 ? null : count('completed') / total,
      avg_duration_ms: durations.length === 0 ? null : Math.round(durations.reduce((a, b) => a + b, 0) / durations.length),
    };
  }
}
