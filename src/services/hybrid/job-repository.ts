import type { Knex } from 'knex';
import type { WorkflowDefinition } from './workflow-definition.js';

export type JobStatus = 'pending' | 'generating' | 'synthesizing' | 'completed' | 'failed';

export type ModelResponse = {
  content: string;
  provider: string;
  model: string;
  tokensUsed?: { input: number; output: number; total: number };
  cost?: number;
};
export type ModelResult = ModelResponse | { error: string };

export type JobRow = {
  id: string;
  user_id: string;
  kind: 'prompt' | 'workflow';
  workflow_name: string | null;
  prompt_text: string | null;
  definition: WorkflowDefinition | null;
  input_variables: Record<string, string> | null;
  requested_models: string[];
  results: Record<string, ModelResult | null>;
  variables: Record<string, string> | null;
  synthesis_result: ModelResult | null;
  status: JobStatus;
  error_info: string | null;
  callback_url: string | null;
  callback_delivery_id: string | null;
  attempts: number;
  heartbeat_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

/**
 * One attempt at a job: every write of a worker is fenced by the attempt it claimed, so a worker the recovery sweep
 * gave up on (its heartbeat stalled, it was requeued and claimed again) cannot write into, or finish, the next one.
 */
export type Attempt = Pick<JobRow, 'id' | 'attempts'>;

export type NewJob = Pick<JobRow, 'id' | 'user_id' | 'kind' | 'workflow_name' | 'prompt_text' | 'definition' | 'input_variables' | 'requested_models' | 'callback_url'>;

const TABLE = 'hybrid_jobs';
const LIVE: JobStatus[] = ['generating', 'synthesizing'];
const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** The SQL of hybrid_jobs. Every status change is conditional on the status it leaves (`WHERE status = ...`). */
export class JobRepository {
  constructor(private readonly knex: Knex) {}

  async insert(job: NewJob, trx: Knex): Promise<void> {
    await trx(TABLE).insert({
      ...job,
      definition: json(job.definition),
      input_variables: json(job.input_variables),
      requested_models: JSON.stringify(job.requested_models),
      results: JSON.stringify(emptyResults(job.requested_models)),
      variables: job.kind === 'workflow' ? JSON.stringify(job.input_variables ?? {}) : null,
      status: 'pending',
    });
  }

  find(id: string, userId: string): Promise<JobRow | undefined> {
    return this.knex(TABLE).where({ id, user_id: userId }).first();
  }

  /** pending → generating, for exactly one worker; counts the attempt and starts the heartbeat. */
  async claim(id: string): Promise<JobRow | undefined> {
    const [row] = await this.knex(TABLE)
      .where({ id, status: 'pending' })
      .update({ status: 'generating', attempts: this.knex.raw('attempts + 1'), heartbeat_at: this.knex.fn.now(), updated_at: this.knex.fn.now() })
      .returning('*');
    return row;
  }

  heartbeat({ id, attempts }: Attempt): Promise<number> {
    return this.knex(TABLE).where({ id, attempts }).whereIn('status', LIVE).update({ heartbeat_at: this.knex.fn.now() });
  }

  /** Writes one model's outcome into `results` the moment it lands; concurrent writers each merge their own key. */
  async recordResult({ id, attempts }: Attempt, modelId: string, result: ModelResult): Promise<void> {
    await this.knex(TABLE)
      .where({ id, attempts, status: 'generating' })
      .update({ results: this.knex.raw('results || jsonb_build_object(?::text, ?::jsonb)', [modelId, JSON.stringify(result)]), updated_at: this.knex.fn.now() });
  }

  async recordVariable({ id, attempts }: Attempt, name: string, value: string): Promise<void> {
    await this.knex(TABLE)
      .where({ id, attempts })
      .whereIn('status', LIVE)
      .update({ variables: this.knex.raw(`coalesce(variables, '{}'::jsonb) || jsonb_build_object(?::text, ?::text)`, [name, value]), updated_at: this.knex.fn.now() });
  }

  async startSynthesis({ id, attempts }: Attempt): Promise<boolean> {
    const n = await this.knex(TABLE).where({ id, attempts, status: 'generating' }).update({ status: 'synthesizing', updated_at: this.knex.fn.now() });
    return n > 0;
  }

  /** A live job to its final status, inside the caller's transaction; undefined when it was no longer live. */
  async finish(
    trx: Knex,
    { id, attempts }: Attempt,
    outcome: { status: 'completed' | 'failed'; synthesisResult: ModelResult | null; errorInfo: string | null; variables?: Record<string, string> },
  ): Promise<JobRow | undefined> {
    const [row] = await trx(TABLE)
      .where({ id, attempts })
      .whereIn('status', LIVE)
      .update({
        status: outcome.status,
        synthesis_result: json(outcome.synthesisResult),
        error_info: outcome.errorInfo,
        ...(outcome.variables ? { variables: JSON.stringify(outcome.variables) } : {}),
        heartbeat_at: null,
        updated_at: trx.fn.now(),
      })
      .returning('*');
    return row;
  }

  async setCallbackDelivery(trx: Knex, id: string, deliveryId: string): Promise<void> {
    await trx(TABLE).where({ id }).update({ callback_delivery_id: deliveryId });
  }

  /** Live jobs whose worker has not beaten for `staleAfterMs`: their worker stopped. */
  stale(staleAfterMs: number): Promise<JobRow[]> {
    return this.knex(TABLE)
      .whereIn('status', LIVE)
      .where('heartbeat_at', '<', this.knex.raw(`now() - ? * interval '1 millisecond'`, [staleAfterMs]))
      .limit(100);
  }

  /**
   * Pending jobs untouched for `staleAfterMs` for which no queue job waits or runs (`queueEntry` is the correlated
   * subquery finding one for `hybrid_jobs.id`): their queue job gave up (ran out of retries, or was lost) before a
   * worker claimed them, so nothing will ever start them.
   */
  unstarted(staleAfterMs: number, queueEntry: (knex: Knex) => Knex.QueryBuilder): Promise<JobRow[]> {
    return this.knex(TABLE)
      .where({ status: 'pending' })
      .where('updated_at', '<', this.knex.raw(`now() - ? * interval '1 millisecond'`, [staleAfterMs]))
      .whereNotExists(queueEntry(this.knex))
      .limit(100);
  }

  /** An unstarted job (see `unstarted`) to failed, inside the caller's transaction, unless it was started or queued meanwhile. */
  async failUnstarted(trx: Knex, { id, attempts }: Attempt, errorInfo: string, queueEntry: (knex: Knex) => Knex.QueryBuilder): Promise<JobRow | undefined> {
    const [row] = await trx(TABLE)
      .where({ id, attempts, status: 'pending' })
      .whereNotExists(queueEntry(trx))
      .update({ status: 'failed', synthesis_result: null, error_info: errorInfo, heartbeat_at: null, updated_at: trx.fn.now() })
      .returning('*');
    return row;
  }

  /** A stale job back to pending with its progress cleared, so the next attempt starts from the beginning. */
  async requeue(trx: Knex, job: JobRow): Promise<boolean> {
    const n = await trx(TABLE).where({ id: job.id, status: job.status, attempts: job.attempts }).update(backToPending(trx, job));
    return n > 0;
  }

  /** A job this worker still holds back to pending (the server is stopping), whichever live status it reached. */
  async release(trx: Knex, job: JobRow): Promise<boolean> {
    const n = await trx(TABLE).where({ id: job.id, attempts: job.attempts }).whereIn('status', LIVE).update(backToPending(trx, job));
    return n > 0;
  }
}

function backToPending(trx: Knex, job: JobRow) {
  return {
    status: 'pending',
    results: JSON.stringify(emptyResults(job.requested_models)),
    variables: job.kind === 'workflow' ? JSON.stringify(job.input_variables ?? {}) : null,
    synthesis_result: null,
    heartbeat_at: null,
    updated_at: trx.fn.now(),
  };
}

function emptyResults(models: string[]): Record<string, null> {
  return Object.fromEntries(models.map((m) => [m, null]));
}
