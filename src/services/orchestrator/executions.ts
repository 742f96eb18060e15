import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { JobQueue } from '../../queue/job-queue.js';
import { findVisibleAgent, requireRight } from './access.js';
import { conflict, invalid, notFound, unavailable } from './errors.js';
import type { Publish } from './deployments.js';
import { agentAudience } from './realtime.js';
import { RuntimeUnavailable, type ContainerRuntime } from './runtime.js';
import { instantOf } from './instants.js';
import { iso } from './views.js';
import type { Workflows } from './workflows.js';

export const EXECUTION_QUEUE = 'orchestrator-execution';
export type ExecutionJob = { executionId: string };

export type ExecutionStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled';
export type ExecutionOptions = { timeout: number; retry_count: number };
export type ExecutionStep = {
  node_id: string;
  status: 'pending' | 'running' | 'completed' | 'failed' | 'skipped';
  started_at: string | null;
  completed_at: string | null;
  output: Record<string, unknown> | null;
  /** The output was left out of the final record, over the budget of step outputs (decision 35). */
  output_omitted?: true;
  attempts?: number;
};

export type ExecutionRow = {
  id: string;
  workflow_id: string;
  workflow_version: number;
  agent_id: string;
  owner_user_id: string | null;
  owner_org_id: string | null;
  container_id: string | null;
  status: ExecutionStatus;
  progress: number;
  current_step: string | null;
  input: Record<string, unknown>;
  output: Record<string, unknown> | null;
  steps: ExecutionStep[];
  options: ExecutionOptions;
  resource_usage: { cpu_time: number; memory_peak: number; execution_time: number } | null;
  error_message: string | null;
  correlation_id: string;
  started_at: Date;
  /** When a worker took it; null while pending. */
  running_since: Date | null;
  completed_at: Date | null;
};

export type ExecutionFilters = {
  workflow_id?: string;
  agent_id?: string;
  status?: ExecutionStatus;
  /** Validated by the spec as an ISO 8601 date or date-time. */
  start_date?: unknown;
  end_date?: unknown;
  page?: number;
  limit?: number;
};

export function executionSummaryView(row: ExecutionRow) {
  return {
    id: row.id,
    workflow_id: row.workflow_id,
    agent_id: row.agent_id,
    status: row.status,
    started_at: iso(row.started_at),
    completed_at: row.completed_at ? iso(row.completed_at) : null,
    resource_usage: row.resource_usage,
    error_message: row.error_message,
    correlation_id: row.correlation_id,
  };
}

export function executionView(row: ExecutionRow) {
  return { ...executionSummaryView(row), execution_data: { input: row.input, output: row.output, steps: row.steps } };
}

/** The update event of an execution, as the WebSocket sends it. */
export const executionUpdate = (row: Pick<ExecutionRow, 'id' | 'status' | 'progress' | 'current_step'>) => ({
  type: 'execution_update',
  data: { execution_id: row.id, status: row.status, progress: row.progress, current_step: row.current_step },
});

/** Starting, reading and listing executions; the engine runs them from the queue. */
export class Executions {
  constructor(
    private readonly knex: Knex,
    private readonly queue: JobQueue,
    private readonly workflows: Workflows,
    private readonly runtime: ContainerRuntime,
    private readonly publish: Publish,
  ) {}

  /** The execution row, its job and its first event: the row and job commit together, the event follows. */
  async start(userId: string, workflowId: string, body: { input_data?: Record<string, unknown>; execution_options?: Partial<ExecutionOptions> } | undefined, correlationId: string) {
    const workflow = await this.workflows.findVisible(this.knex, userId, workflowId);
    const agent = await findVisibleAgent(this.knex, userId, workflow.agent_id);
    requireRight(agent, userId, 'write');
    if (!workflow.is_active) throw conflict('Workflow is not active');
    // Saving an empty graph is allowed (a visual builder's new canvas); running one would be `completed` having done nothing.
    if (workflow.workflow_data.nodes.length === 0) throw conflict('Workflow has no nodes to run');
    if (agent.status !== 'active' || !agent.container_id) throw conflict('Agent is not deployed');
    // Outside the transaction: the runtime is an outside system.
    try {
      await this.runtime.ensureRunning(agent.container_id);
    } catch (err) {
      if (err instanceof RuntimeUnavailable) {
        // An undeploy under way has stopped the container and is about to mark the agent inactive: not a 503 to retry.
        const container = await this.runtime.inspect(agent.container_id);
        if (!container || container.status === 'stopped') throw conflict('Agent is not deployed');
        throw unavailable("The agent's container");
      }
      throw err;
    }
    const row = await this.knex.transaction(async (trx) => {
      // Under the agent's lock, which undeploy takes too: an execution is never accepted for an agent just undeployed.
      const locked: { status: string; container_id: string | null } | undefined = await trx('orch_agents').where({ id: agent.id }).forUpdate().first('status', 'container_id');
      if (locked?.status !== 'active' || locked.container_id !== agent.container_id) throw conflict('Agent is not deployed');
      const execution = {
        id: randomUUID(),
        workflow_id: workflowId,
        workflow_version: workflow.version_minor,
        agent_id: agent.id,
        owner_user_id: agent.owner_user_id,
        owner_org_id: agent.owner_org_id,
        container_id: agent.container_id,
        status: 'pending',
        input: JSON.stringify(body?.input_data ?? {}),
        options: JSON.stringify({ timeout: 30_000, retry_count: 0, ...body?.execution_options }),
        correlation_id: correlationId,
      };
      const [created]: ExecutionRow[] = await trx('orch_executions').insert(execution).returning('*');
      await this.queue.send(EXECUTION_QUEUE, { executionId: created.id } satisfies ExecutionJob, trx);
      return created;
    });
    await this.publish(executionUpdate(row), agentAudience(row));
    return { execution_id: row.id, status: 'pending' as const, started_at: iso(row.started_at), correlation_id: correlationId };
  }

  async get(userId: string, executionId: string) {
    const row: ExecutionRow | undefined = await this.visible(userId).where('e.id', executionId).first('e.*');
    if (!row) throw notFound('Execution');
    return executionView(row);
  }

  /** Newest first; visibility and filters are indexed equalities and a range on started_at (decision 14, 15). */
  async list(userId: string, filters: ExecutionFilters) {
    const page = filters.page ?? 1;
    const limit = filters.limit ?? 20;
    const from = filters.start_date ? dateBound(String(filters.start_date), 'start') : undefined;
    const to = filters.end_date ? dateBound(String(filters.end_date), 'end') : undefined;
    if (from && to && to < from) throw invalid('end_date', 'must not precede start_date');
    const filtered = () => {
      const q = this.visible(userId);
      if (filters.workflow_id) q.where('e.workflow_id', filters.workflow_id);
      if (filters.agent_id) q.where('e.agent_id', filters.agent_id);
      if (filters.status) q.where('e.status', filters.status);
      if (from) q.where('e.started_at', '>=', from);
      if (to) q.where('e.started_at', '<=', to);
      return q;
    };
    const [{ total }] = await filtered().count<{ total: string | number }[]>({ total: '*' });
    const count = Number(total);
    const offset = (page - 1) * limit;
    // A page past the last is empty without a query: a far page's offset does not fit Postgres's bigint OFFSET
    // (a 500), and knex reads one written with an exponent (1e21) as its leading digit (a wrong page).
    const rows: ExecutionRow[] =
      offset >= count
        ? []
        : await filtered()
            .select('e.*')
            .orderBy([{ column: 'e.started_at', order: 'desc' }, { column: 'e.id', order: 'desc' }])
            .limit(limit)
            .offset(offset);
    return { executions: rows.map(executionSummaryView), pagination: { page, limit, total: count, pages: Math.ceil(count / limit) } };
  }

  /** Cancels an agent's unfinished executions inside the caller's transaction; returns their ids. */
  async cancelForAgent(trx: Knex.Transaction, agentId: string, reason: string): Promise<string[]> {
    const rows: { id: string }[] = await trx('orch_executions')
      .where({ agent_id: agentId })
      .whereIn('status', ['pending', 'running'])
      .update({ status: 'cancelled', error_message: reason, completed_at: trx.fn.now(), current_step: null, steps: interruptedSteps(trx) })
      .returning('id');
    return rows.map((r) => r.id);
  }

  async announceCancelled(ids: string[], audience: string[]): Promise<void> {
    for (const id of ids) await this.publish(executionUpdate({ id, status: 'cancelled', progress: 100, current_step: null }), audience);
  }

  /**
   * Queues again the pending executions of these containers, or (without ids) every execution pending longer than
   * `staleMs`: a forward between server processes is at most once, and a container being replaced or adopted leaves
   * its executions pending. Running one twice is harmless: a worker claims it only while it is still pending.
   */
  async resume(containerIds?: string[], staleMs = 60_000): Promise<number> {
    const q = this.knex('orch_executions').where({ status: 'pending' });
    if (containerIds) q.whereIn('container_id', containerIds);
    // One waiting for its owner's slot is queued by a hand-off (or the sweep's ExecutionSlots.resumeWaiting).
    else q.where('started_at', '<', new Date(Date.now() - staleMs)).where({ waiting_for_slot: false }).whereNotExists(this.waitingJob());
    const rows: { id: string }[] = await q.select('id');
    for (const { id } of rows) await this.queue.send(EXECUTION_QUEUE, { executionId: id } satisfies ExecutionJob);
    return rows.length;
  }

  /**
   * The execution's job still waits for a worker (a backlog longer than `staleMs`): the sweep sending another each
   * minute would pile up duplicates in front of the workers.
   */
  private waitingJob(): Knex.QueryBuilder {
    return this.queue.waitingJobs(this.knex, EXECUTION_QUEUE).whereRaw(`data->>'executionId' = orch_executions.id::text`).select(this.knex.raw('1'));
  }

  /**
   * The executions these containers were running when their processes were stopped (the server shut down) go back
   * to `pending`, to run again from the start when the container is adopted and runs again (decision 28).
   */
  async requeueInterrupted(containerIds: string[]): Promise<void> {
    if (containerIds.length === 0) return;
    for (const row of await backToPending(this.knex('orch_executions').whereIn('container_id', containerIds))) {
      await this.publish(executionUpdate(row), agentAudience(row));
    }
  }

  /**
   * An execution still `running` a minute past its own timeout lost its worker (the process died mid-run; the engine
   * always finishes or fails it within the timeout otherwise). It is failed and announced; returns how many.
   */
  async failLost(graceMs = 60_000): Promise<number> {
    const lost: ExecutionRow[] = await this.knex('orch_executions')
      .where({ status: 'running' })
      .whereRaw(`coalesce(running_since, started_at) < now() - ((options->>'timeout')::int + ?) * interval '1 millisecond'`, [graceMs])
      .update({
        status: 'failed',
        error_message: 'Execution lost: its worker stopped before it finished',
        completed_at: this.knex.fn.now(),
        current_step: null,
        progress: 100,
        steps: interruptedSteps(this.knex),
      })
      .returning('*');
    for (const row of lost) await this.publish(executionUpdate(row), agentAudience(row));
    return lost.length;
  }

  /** Executions of agents the user owns or whose organization they belong to, never of deleted agents. */
  private visible(userId: string): Knex.QueryBuilder {
    return this.knex('orch_executions as e')
      .join('orch_agents as a', 'a.id', 'e.agent_id')
      .whereNull('a.deleted_at')
      .where((q) =>
        q.where('e.owner_user_id', userId).orWhereIn('e.owner_org_id', this.knex('orch_memberships').where({ user_id: userId }).select('organization_id')),
      );
  }
}

/**
 * The `steps` of an execution ended from outside its walk (undeploy, delete, restart, a lost worker): a step still
 * `running` did not finish, so it becomes `failed`, completed now; a client never sees a finished execution with a
 * step that still runs. An SQL value for `update({ steps: ... })`, evaluated on each row's own steps.
 */
export function interruptedSteps(knex: Knex | Knex.Transaction): Knex.Raw {
  return knex.raw(
    `(select coalesce(jsonb_agg(case when s->>'status' = 'running' then s || jsonb_build_object('status', 'failed', 'completed_at', ?::text) else s end order by i), '[]'::jsonb)
      from jsonb_array_elements(orch_executions.steps) with ordinality as t(s, i))`,
    [new Date().toISOString()],
  );
}

/** `interruptedSteps` for steps already read: those still `running` become `failed`, completed now. */
export function closeInterrupted(steps: ExecutionStep[]): ExecutionStep[] {
  const now = new Date().toISOString();
  return steps.map((s) => (s.status === 'running' ? { ...s, status: 'failed', completed_at: now } : s));
}

/** The `running` executions `query` selects back to `pending`, their progress cleared (decision 28); returns them. */
export function backToPending(query: Knex.QueryBuilder): Promise<ExecutionRow[]> {
  return query.where({ status: 'running' }).update({ status: 'pending', steps: '[]', progress: 0, current_step: null, running_since: null }).returning('*');
}

/** A bare date covers its whole UTC day (decision 15); a date-time is taken as it is. */
function dateBound(value: string, side: 'start' | 'end'): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(side === 'start' ? `${value}T00:00:00.000Z` : `${value}T23:59:59.999Z`);
  return instantOf(value);
}
