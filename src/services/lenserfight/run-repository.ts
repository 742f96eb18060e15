import type { Knex } from 'knex';

export type RunRow = {
  id: string;
  request_id: string;
  owner_sub: string;
  kind: 'lens' | 'workflow';
  lens_id: string | null;
  workflow_id: string | null;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'canceled' | 'timed_out';
  inputs: Record<string, unknown>;
  options: RunOptions;
  idempotency_key: string | null;
  model_id: string | null;
  model_key: string | null;
  provider_key: string | null;
  started_at: Date | null;
  completed_at: Date | null;
  latency_ms: number | null;
  token_input: number | null;
  token_output: number | null;
  credit_cost: number | null;
  billing_status: string | null;
  error_code: string | null;
  error_message: string | null;
  attempts: number;
  heartbeat_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

/** One claim of a run: `attempts` counts claims, so it tells this worker's claim from a later one. */
export type RunClaim = Pick<RunRow, 'id' | 'attempts'>;

export type RunOptions = {
  modelOverride?: string;
  providerOverride?: string;
  fundingSource?: string;
  byokKeyRefId?: string;
};

export type ArtifactRow = {
  id: string;
  run_id: string;
  artifact_kind: string;
  content_text: string | null;
  content_json: unknown;
  is_primary_output: boolean;
  visibility: string;
  created_at: Date;
};

export const TERMINAL_STATUSES = new Set(['succeeded', 'failed', 'canceled', 'timed_out']);

export class RunRepository {
  constructor(private readonly knex: Knex) {}

  findOwned(ownerSub: string, id: string, db: Knex = this.knex): Promise<RunRow | undefined> {
    return db<RunRow>('lf_runs').where({ id, owner_sub: ownerSub }).first();
  }

  find(id: string, db: Knex = this.knex): Promise<RunRow | undefined> {
    return db<RunRow>('lf_runs').where({ id }).first();
  }

  findByIdempotencyKey(ownerSub: string, key: string, db: Knex = this.knex): Promise<RunRow | undefined> {
    return db<RunRow>('lf_runs').where({ owner_sub: ownerSub, idempotency_key: key }).first();
  }

  /** Inserts unless the owner already used the idempotency key; returns whether this call created the run. */
  async insert(run: Partial<RunRow> & { id: string }, db: Knex): Promise<boolean> {
    const rows = await db('lf_runs')
      .insert({ ...run, inputs: JSON.stringify(run.inputs), options: JSON.stringify(run.options ?? {}) })
      .onConflict(['owner_sub', 'idempotency_key'])
      .ignore()
      .returning('id');
    return rows.length > 0;
  }

  artifacts(runId: string): Promise<ArtifactRow[]> {
    return this.knex<ArtifactRow>('lf_artifacts').where({ run_id: runId }).orderBy([{ column: 'is_primary_output', order: 'desc' }, 'created_at', 'id']);
  }

  /** Moves a queued run to running; returns undefined when another worker got there first. */
  async claim(id: string): Promise<RunRow | undefined> {
    const [row] = await this.knex<RunRow>('lf_runs')
      .where({ id, status: 'queued' })
      .update({
        status: 'running',
        started_at: this.knex.raw('coalesce(started_at, now())') as unknown as Date,
        heartbeat_at: this.knex.fn.now() as unknown as Date,
        attempts: this.knex.raw('attempts + 1') as unknown as number,
        updated_at: this.knex.fn.now() as unknown as Date,
      })
      .returning('*');
    return row;
  }

  async heartbeat({ id, attempts }: RunClaim): Promise<void> {
    await this.knex('lf_runs').where({ id, attempts, status: 'running' }).update({ heartbeat_at: this.knex.fn.now() });
  }

  /**
   * Writes the end of a claimed run. False when the claim is no longer this worker's: the recovery sweep took the
   * run from a worker it thought lost and another claimed it, so this late result must not land.
   */
  async finish({ id, attempts }: RunClaim, fields: Partial<RunRow>, db: Knex): Promise<boolean> {
    const n = await db('lf_runs')
      .where({ id, attempts, status: 'running' })
      .update({ ...fields, completed_at: db.fn.now(), updated_at: db.fn.now() });
    return n > 0;
  }

  async insertArtifacts(artifacts: Omit<ArtifactRow, 'id' | 'created_at'>[], db: Knex): Promise<void> {
    if (artifacts.length === 0) return;
    await db('lf_artifacts').insert(
      artifacts.map((a) => ({ ...a, content_json: a.content_json === null ? null : JSON.stringify(a.content_json) })),
    );
  }

  /** Runs whose worker stopped heartbeating: its process died mid-run. */
  stale(olderThanMs: number, limit = 100): Promise<RunRow[]> {
    return this.knex<RunRow>('lf_runs')
      .where('status', 'running')
      .andWhere('heartbeat_at', '<', this.knex.raw(`now() - (? * interval '1 millisecond')`, [olderThanMs]))
      .limit(limit);
  }

  /** Puts a claimed run back in the queue, guarded so only one recoverer wins and never a later claim's run. */
  async requeue({ id, attempts }: RunClaim, db: Knex): Promise<boolean> {
    const n = await db('lf_runs').where({ id, attempts, status: 'running' }).update({ status: 'queued', heartbeat_at: null, updated_at: db.fn.now() });
    return n > 0;
  }
}
