import type { Knex } from 'knex';
import type { AuditLog } from './audit-log.js';
import { notAwaitingApproval, runNotPending } from './errors.js';
import type { RunLimits } from './run-limits.js';
import { newRunId, type RunRow, type RunStore } from './run-store.js';
import type { RunWebhooks } from './run-webhooks.js';
import type { StepQueue } from './step-queue.js';
import { isBlank } from '../../core/blank.js';
import { stepOf, storedIntent, type Schemas } from './types.js';

export type NewRun = { user_intent: Schemas['UserIntentRequest']; codename?: string | null; tags?: string[] | null; require_approval?: boolean | null };

/** Who asks, in which workspace, and where the API was served to them (the request's base path). */
/** `origin` and `mountPath`: where the caller reached the API (the local deployment target's URL starts there). */
export type Caller = { workspaceId: string; actor: string; origin: string; mountPath: string };

/**
 * What clients do to runs. Each command is one transaction: the run's change, its audit entries, its webhooks
 * and the pipeline job it starts commit together. Transitions lock the run row and check its state first.
 */
export class RunCommands {
  constructor(
    private readonly knex: Knex,
    private readonly deps: { runs: RunStore; limits: RunLimits; audit: AuditLog; webhooks: RunWebhooks; steps: StepQueue },
  ) {}

  async create(caller: Caller, body: NewRun): Promise<string> {
    return this.knex.transaction((trx) => this.insert(trx, caller, body, false));
  }

  async start(workspaceId: string, actor: string, runId: string): Promise<void> {
    await this.knex.transaction(async (trx) => {
      const run = await this.deps.runs.lock(trx, workspaceId, runId);
      if (run.status !== 'pending') throw runNotPending();
      await this.begin(trx, run.id, workspaceId, actor);
    });
  }

  async approve(workspaceId: string, actor: string, runId: string): Promise<void> {
    await this.knex.transaction(async (trx) => {
      const run = await this.awaitingApproval(trx, workspaceId, runId);
      await trx('hs_runs')
        .where({ id: run.id })
        .update({ status: 'running', approved_at: trx.fn.now(), approved_by: actor, blocked_reason: null, finished_at: null, step_attempt: 0, heartbeat_at: trx.fn.now(), updated_at: trx.fn.now() });
      await this.deps.audit.append(trx, run.id, 'run.approved', { actor });
      await this.deps.steps.send(trx, { runId: run.id, step: stepOf('sre') });
    });
  }

  async reject(workspaceId: string, actor: string, runId: string): Promise<void> {
    await this.knex.transaction(async (trx) => {
      const run = await this.awaitingApproval(trx, workspaceId, runId);
      await trx('hs_runs').where({ id: run.id }).update({ rejected_at: trx.fn.now(), rejected_by: actor, blocked_reason: 'rejected', updated_at: trx.fn.now() });
      await this.deps.audit.append(trx, run.id, 'run.rejected', { actor, status: 'blocked' });
    });
  }

  /** Decision 14: a mock; only the audit log changes. */
  async rollback(workspaceId: string, actor: string, runId: string): Promise<void> {
    await this.knex.transaction(async (trx) => {
      const run = await this.deps.runs.lock(trx, workspaceId, runId);
      await this.deps.audit.append(trx, run.id, 'run.rollback', { actor, status: run.status, ...(run.deployment_url ? { deployment_url: run.deployment_url } : {}) });
    });
  }

  /** Decision 13: a new started run with the original's intent, tags and gate, counted against the limit. */
  async replay(caller: Caller, runId: string): Promise<string> {
    const { workspaceId, actor } = caller;
    const id = await this.knex.transaction(async (trx) => {
      const original = await this.deps.runs.lock(trx, workspaceId, runId);
      const body = { user_intent: original.user_intent, tags: original.tags, require_approval: original.require_approval };
      const newId = await this.insert(trx, caller, body, original.id);
      await this.begin(trx, newId, workspaceId, actor);
      await this.deps.audit.append(trx, original.id, 'run.replayed', { actor, new_run_id: newId });
      return newId;
    });
    return id;
  }

  private async insert(trx: Knex.Transaction, { workspaceId, actor, origin, mountPath }: Caller, body: NewRun, replayedFrom: string | false): Promise<string> {
    const period = await this.deps.limits.admit(trx, workspaceId);
    const id = newRunId();
    const intent = storedIntent(body.user_intent);
    await trx('hs_runs').insert({
      id,
      workspace_id: workspaceId,
      period,
      user_intent: JSON.stringify(intent),
      codename: isBlank(body.codename) ? null : body.codename,
      tags: JSON.stringify(body.tags ?? []),
      require_approval: body.require_approval ?? false,
      replayed_from: replayedFrom || null,
      webhook_url: this.deps.webhooks.url ?? null,
      mount_path: mountPath,
      origin,
      // The moment of the insert, under the workspace's lock, not the transaction's start (now()): a create that
      // began first but waited for the lock is then newer than the run it waited for, so GET /runs lists runs in
      // the order they appeared and a client reading down to the newest run it knows misses none.
      created_at: trx.raw('clock_timestamp()'),
      updated_at: trx.raw('clock_timestamp()'),
    });
    await this.deps.audit.append(trx, id, 'run.created', {
      actor,
      workspace_id: workspaceId,
      user_intent: intent,
      ...(replayedFrom ? { replayed_from: replayedFrom } : {}),
    });
    await this.deps.webhooks.emit(trx, this.deps.webhooks.url, 'run.created', { run_id: id, workspace_id: workspaceId, user_intent: intent });
    return id;
  }

  private async begin(trx: Knex.Transaction, runId: string, workspaceId: string, actor: string): Promise<void> {
    const [started]: RunRow[] = await trx('hs_runs')
      .where({ id: runId, status: 'pending' })
      .update({ status: 'running', current_step: stepOf('architect'), started_at: trx.fn.now(), heartbeat_at: trx.fn.now(), updated_at: trx.fn.now() })
      .returning('*');
    if (!started) throw runNotPending();
    await this.deps.audit.append(trx, runId, 'run.started', { actor });
    await this.deps.steps.send(trx, { runId, step: stepOf('architect') });
    await this.deps.webhooks.emit(trx, started.webhook_url, 'run.started', { run_id: runId, workspace_id: workspaceId });
  }

  private async awaitingApproval(trx: Knex.Transaction, workspaceId: string, runId: string): Promise<RunRow> {
    const run = await this.deps.runs.lock(trx, workspaceId, runId);
    const waiting = run.status === 'blocked' && run.require_approval && run.blocked_reason === 'awaiting_approval' && !run.approved_at && !run.rejected_at;
    if (!waiting) throw notAwaitingApproval();
    return run;
  }
}
