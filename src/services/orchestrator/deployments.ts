import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { findVisibleAgent, requireRight } from './access.js';
import { HttpError } from '../../core/http-error.js';
import { conflict } from './errors.js';
import { agentAudience } from './realtime.js';
import { reachable, type ContainerRuntime } from './runtime.js';
import { executionUpdate, interruptedSteps, type ExecutionRow } from './executions.js';
import type { AgentRow } from './views.js';

export type Publish = (message: Record<string, unknown>, audience: string[]) => Promise<void>;
/** Cancels an agent's unfinished executions inside the caller's transaction; returns their ids. */
export type CancelExecutions = (trx: Knex.Transaction, agentId: string, reason: string) => Promise<string[]>;
/** Announces the cancelled executions and gives the slots they held to the agent owner's waiting ones. */
export type AnnounceCancelled = (owner: Pick<ExecutionRow, 'owner_user_id' | 'owner_org_id'>, executionIds: string[], audience: string[]) => Promise<void>;

/** Deploy and undeploy: the agent's state advances only from the state it was read in, under its row lock. */
export class Deployments {
  constructor(
    private readonly knex: Knex,
    private readonly runtime: ContainerRuntime,
    private readonly cancelExecutions: CancelExecutions,
    private readonly cancelled: AnnounceCancelled,
    private readonly publish: Publish,
    /** Hands these containers' pending executions to the queue again. */
    private readonly resume: (containerIds: string[]) => Promise<void>,
  ) {}

  /**
   * The runtime is an outside system, so it is not called inside a transaction: the agent is read and checked, claimed
   * for this deploy (a concurrent one is refused before it starts anything), the container started, and the agent
   * then advanced only from the status it was read in. A deploy that still lost (the agent was deleted meanwhile)
   * stops the container it started.
   */
  async deploy(userId: string, agentId: string) {
    const agent = await findVisibleAgent(this.knex, userId, agentId);
    requireRight(agent, userId, 'write');
    if (agent.status === 'active') throw conflict('Agent is already deployed');
    // A workflow without nodes (a canvas not yet drawn on) has nothing to run, so it does not make an agent deployable.
    const active = await this.knex('orch_workflows')
      .where({ agent_id: agentId, is_active: true })
      .whereRaw(`jsonb_array_length(workflow_data->'nodes') > 0`)
      .first('id');
    if (!active) throw conflict('Agent has no active workflow with nodes to deploy');
    await this.claim(agentId, agent.status);
    const containerId = `${this.runtime.label}-${randomUUID()}`;
    const logs = await reachable(() => this.runtime.start(containerId, { id: agent.id, name: agent.name, limits: agent.resource_limits })).catch(
      async (err: unknown) => {
        if (err instanceof HttpError) {
          await this.unclaim(agentId);
          throw err;
        }
        // A runtime that answered but could not start the container leaves the agent in `error`, visible to its watchers.
        const failed = await this.knex('orch_agents')
          .where({ id: agentId, status: agent.status })
          .update({ status: 'error', container_id: null, updated_at: this.knex.fn.now(), deploying_until: null });
        if (failed > 0) await this.publish({ type: 'agent_status_update', data: { agent_id: agentId, status: 'error', container_id: null } }, agentAudience(agent));
        throw err;
      },
    );
    // An agent in `error` keeps the container it had (a dead process, a restart under way, or a live process a
    // restart could not mark active): the new one replaces it in the same transaction, which hands it the executions
    // still waiting there and fails those running there, as a restart does (decision 40).
    const replaced = agent.container_id;
    const advanced = await this.knex
      .transaction(async (trx) => {
        const [row]: AgentRow[] = await trx('orch_agents')
          .where({ id: agentId, status: agent.status })
          .whereNull('deleted_at')
          .update({ status: 'active', container_id: containerId, deployed_at: trx.fn.now(), updated_at: trx.fn.now(), deploying_until: null })
          .returning('*');
        if (!row) return undefined;
        if (!replaced) return { row, failed: [] as ExecutionRow[] };
        await trx('orch_executions').where({ container_id: replaced, status: 'pending' }).update({ container_id: containerId });
        const failed: ExecutionRow[] = await trx('orch_executions')
          .where({ container_id: replaced, status: 'running' })
          .update({ status: 'failed', error_message: 'Agent was redeployed', completed_at: trx.fn.now(), current_step: null, progress: 100, steps: interruptedSteps(trx) })
          .returning('*');
        return { row, failed };
      })
      .catch(async (err: unknown) => {
        // The agent was not advanced (a busy database): a container left running would belong to no agent, and the
        // hold would refuse every deploy for a minute. Both are undone as far as the database lets; the failure stands.
        await Promise.allSettled([this.unclaim(agentId), this.runtime.stop(containerId)]);
        throw err;
      });
    if (!advanced) {
      await this.unclaim(agentId);
      await this.runtime.stop(containerId);
      throw conflict('Agent changed while it was being deployed');
    }
    const { row, failed } = advanced;
    const audience = agentAudience(row);
    await this.publish({ type: 'agent_status_update', data: { agent_id: agentId, status: 'active', container_id: containerId } }, audience);
    for (const execution of failed) await this.publish(executionUpdate(execution), audience);
    if (replaced) {
      // The agent is deployed already: a replaced container that cannot be stopped now is the sweep's (stopOrphanedContainers).
      await this.runtime.stop(replaced).catch(() => undefined);
      await this.resume([containerId]);
    }
    return { id: agentId, status: 'active' as const, container_id: containerId, deployed_at: row.deployed_at!.toISOString(), deployment_logs: logs };
  }

  /**
   * Holds the agent, still in the status it was read in, for this deploy; the hold lapses after a minute, well past
   * the time a process is given to start, in case this server stops before it ends.
   */
  private async claim(agentId: string, status: string): Promise<void> {
    const claimed = await this.knex('orch_agents')
      .where({ id: agentId, status })
      .whereNull('deleted_at')
      .where((q) => q.whereNull('deploying_until').orWhere('deploying_until', '<', this.knex.fn.now()))
      .update({ deploying_until: this.knex.raw(`now() + interval '1 minute'`) });
    if (claimed > 0) return;
    const now: { status: string } | undefined = await this.knex('orch_agents').where({ id: agentId }).first('status');
    throw conflict(now?.status === 'active' ? 'Agent is already deployed' : 'Agent is already being deployed');
  }

  private async unclaim(agentId: string): Promise<void> {
    await this.knex('orch_agents').where({ id: agentId }).update({ deploying_until: null });
  }

  /** Stops the container, then marks the agent inactive and cancels its pending and running executions (decision 17). */
  async undeploy(userId: string, agentId: string) {
    const agent = await findVisibleAgent(this.knex, userId, agentId);
    requireRight(agent, userId, 'write');
    if (agent.status !== 'active' && agent.status !== 'error') throw conflict(`Agent is ${agent.status}, not deployed`);
    if (agent.container_id) await reachable(() => this.runtime.stop(agent.container_id!));
    const cancelled = await this.knex.transaction(async (trx) => {
      // Whichever deployed state the stopped container's agent is in now (a restart finishing meanwhile made an
      // `error` agent `active` again): it is undeployed. Only another container (a redeploy) means it changed.
      const changed = await trx('orch_agents')
        .where({ id: agentId, container_id: agent.container_id })
        .whereIn('status', ['active', 'error'])
        .update({ status: 'inactive', container_id: null, updated_at: trx.fn.now() });
      if (changed === 0) throw conflict('Agent changed while it was being undeployed');
      return this.cancelExecutions(trx, agentId, 'Agent was undeployed');
    });
    const audience = agentAudience(agent);
    await this.publish({ type: 'agent_status_update', data: { agent_id: agentId, status: 'inactive', container_id: null } }, audience);
    await this.cancelled(agent, cancelled, audience);
    return { id: agentId, status: 'inactive' as const, undeployed_at: new Date().toISOString() };
  }

  /**
   * Finishes the undeploys that stopped their container but could not then mark the agent inactive (the database
   * failed them with a 500): such an agent still said `active`, refused every execution ('Agent is not deployed'),
   * and its pending executions were never run nor cancelled. A container stopped over `graceMs` ago leaves no
   * undeploy still under way, so its agent is undeployed as that one would have done it, once, under the same
   * conditional update. Returns how many.
   */
  async finishInterruptedUndeploys(graceMs = 60_000): Promise<number> {
    const stranded: AgentRow[] = await this.knex('orch_agents as a')
      .join('orch_containers as c', 'c.id', 'a.container_id')
      .whereIn('a.status', ['active', 'error'])
      .whereNull('a.deleted_at')
      .where('c.status', 'stopped')
      .where('c.stopped_at', '<', new Date(Date.now() - graceMs))
      .select('a.*');
    let finished = 0;
    for (const agent of stranded) {
      const cancelled = await this.knex.transaction(async (trx) => {
        const changed = await trx('orch_agents')
          .where({ id: agent.id, container_id: agent.container_id })
          .whereIn('status', ['active', 'error'])
          .update({ status: 'inactive', container_id: null, updated_at: trx.fn.now() });
        return changed === 0 ? undefined : this.cancelExecutions(trx, agent.id, 'Agent was undeployed');
      });
      if (!cancelled) continue;
      finished += 1;
      const audience = agentAudience(agent);
      await this.publish({ type: 'agent_status_update', data: { agent_id: agent.id, status: 'inactive', container_id: null } }, audience);
      await this.cancelled(agent, cancelled, audience);
    }
    return finished;
  }

  /**
   * Stops the containers no agent runs on that are not stopped yet, of one agent or of all: those of deleted agents,
   * and those a redeploy replaced. A delete commits first and stops its agent's container after, and a redeploy
   * stops the container it replaced after it commits, so a runtime that cannot be reached, or a server that stops
   * in between, leaves a container (in `error`, `restarting`, or running a process no user can reach) to the next
   * sweep; a deploy under way for a deleted agent has its `creating` one stopped too. A container of a live agent
   * that a deploy under way holds is not yet named by it, so it is left alone, as is one in `error` that no process
   * runs in (a deploy that failed keeps its record). Stopping twice is harmless. Returns how many.
   */
  async stopOrphanedContainers(agentId?: string): Promise<number> {
    const leftover: { id: string }[] = await this.knex('orch_containers as c')
      .join('orch_agents as a', 'a.id', 'c.agent_id')
      .whereNot('c.status', 'stopped')
      .where((q) =>
        q.whereNotNull('a.deleted_at').orWhere((replaced) =>
          replaced
            .whereRaw('a.container_id is distinct from c.id')
            .whereNot('c.status', 'error')
            .where((free) => free.whereNull('a.deploying_until').orWhere('a.deploying_until', '<', this.knex.fn.now())),
        ),
      )
      .modify((q) => {
        if (agentId) q.where('a.id', agentId);
      })
      .select('c.id');
    for (const container of leftover) await reachable(() => this.runtime.stop(container.id));
    return leftover.length;
  }
}
