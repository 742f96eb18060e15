import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { invalidCursor, runNotFound } from './errors.js';
import type { AgentName, Run, RunStatus, Schemas, UserIntent } from './types.js';

export type RunRow = {
  id: string;
  workspace_id: string;
  period: string;
  status: RunStatus;
  current_step: number;
  error: string | null;
  failed_step: AgentName | null;
  blocked_reason: string | null;
  user_intent: UserIntent;
  architect_output: Run['architect_output'];
  builder_output: Run['builder_output'];
  sentinel_output: Run['sentinel_output'];
  sre_output: Run['sre_output'];
  finops_output: Run['finops_output'];
  deployment_url: string | null;
  deployed_at: Date | null;
  codename: string | null;
  tags: string[];
  require_approval: boolean;
  approved_at: Date | null;
  approved_by: string | null;
  rejected_at: Date | null;
  rejected_by: string | null;
  replayed_from: string | null;
  webhook_url: string | null;
  /** The base path the creating request came in at (null before it was recorded). */
  mount_path: string | null;
  origin: string | null;
  step_attempt: number;
  heartbeat_at: Date | null;
  started_at: Date | null;
  finished_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toRun(row: RunRow): Run {
  return {
    id: row.id,
    workspace_id: row.workspace_id,
    status: row.status,
    current_step: row.current_step,
    error: row.error,
    user_intent: row.user_intent,
    architect_output: row.architect_output,
    builder_output: row.builder_output,
    sentinel_output: row.sentinel_output,
    sre_output: row.sre_output,
    finops_output: row.finops_output,
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
    deployment_url: row.deployment_url,
    codename: row.codename,
    tags: row.tags,
    require_approval: row.require_approval,
    approved_at: iso(row.approved_at),
    approved_by: row.approved_by,
    rejected_at: iso(row.rejected_at),
    rejected_by: row.rejected_by,
  };
}

/** `req-` + time + randomness: sortable by eye, and unguessable, since a deployment URL carries it. */
export const newRunId = () => `req-${Date.now().toString(36)}-${randomBytes(8).toString('hex')}`;

/** Reads of runs, always scoped to one workspace (decision 6): another workspace's run is not found. */
export class RunStore {
  constructor(private readonly knex: Knex) {}

  async get(workspaceId: string, id: string, db: Knex = this.knex): Promise<RunRow> {
    const row: RunRow | undefined = await db('hs_runs').where({ id, workspace_id: workspaceId }).first();
    if (!row) throw runNotFound();
    return row;
  }

  /** The row locked until `trx` ends, for transitions that read before they write. */
  async lock(trx: Knex.Transaction, workspaceId: string, id: string): Promise<RunRow> {
    const row: RunRow | undefined = await trx('hs_runs').where({ id, workspace_id: workspaceId }).forUpdate().first();
    if (!row) throw runNotFound();
    return row;
  }

  /** Newest first; `before` (a run of the workspace) pages: only the runs listed after it (decision 15). */
  async list(workspaceId: string, options: { tag?: string; limit: number; before?: string }): Promise<Schemas['RunSummary'][]> {
    const query = this.knex('hs_runs').where({ workspace_id: workspaceId });
    if (options.tag !== undefined) query.whereRaw('tags @> ?::jsonb', [JSON.stringify([options.tag])]);
    if (options.before !== undefined) {
      const cursor = await this.knex('hs_runs').where({ id: options.before, workspace_id: workspaceId }).first('id');
      if (!cursor) throw invalidCursor();
      // Compared in the database: created_at has microseconds a JavaScript Date would lose.
      query.whereRaw('(created_at, id) < (select created_at, id from hs_runs where id = ?)', [options.before]);
    }
    const rows: RunRow[] = await query.orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(options.limit);
    return rows.map((r) => ({ id: r.id, status: r.status, created_at: iso(r.created_at)!, codename: r.codename, tags: r.tags }));
  }
}
