import type { Knex } from 'knex';
import type { JobQueue } from '../../queue/job-queue.js';
import { findVisibleAgent, requireRight } from './access.js';
import { conflict, invalid, notFound } from './errors.js';
import type { Publish } from './deployments.js';
import { executionUpdate, interruptedSteps, type ExecutionRow } from './executions.js';
import { instantOf } from './instants.js';
import { agentAudience } from './realtime.js';
import { reachable, type ContainerInfo, type ContainerRuntime } from './runtime.js';
import { iso, type AgentRow } from './views.js';

export const RESTART_QUEUE = 'orchestrator-container-restart';
export type RestartJob = { agentId: string; containerId: string };

/** The container of a deployed agent: its status and usage, its logs, and restarts (run from the queue). */
export class Containers {
  constructor(
    private readonly knex: Knex,
    private readonly queue: JobQueue,
    private readonly runtime: ContainerRuntime,
    private readonly publish: Publish,
    /** Hands the containers' pending executions to the queue again (they waited while the process was replaced). */
    private readonly resume: (containerIds: string[]) => Promise<void>,
  ) {}

  /**
   * Usage as the container's process measured itself at its last report (the local runtime's processes report their
   * CPU time and resident memory every few seconds); the local runtime gives an agent no network of its own (0 bytes).
   */
  async status(userId: string, agentId: string) {
    const { containerId, info } = await this.current(userId, agentId);
    const latest = await reachable(() => this.runtime.logs(containerId, { tail: 20 }));
    return {
      container_id: containerId,
      status: info.status,
      resource_usage: {
        cpu_percent: Number(info.cpu_percent),
        memory_usage: Math.round(Number(info.memory_bytes) / 1048576),
        memory_limit: info.resource_limits.memory,
        network_rx: 0,
        network_tx: 0,
      },
      health_status: info.health_status,
      last_health_check: info.last_health_check ? iso(info.last_health_check) : null,
      logs: latest.map((l) => `${iso(l.timestamp)} ${l.level} ${l.message}`),
    };
  }

  async logs(userId: string, agentId: string, range: { since?: string; until?: string; tail?: number }) {
    if (range.since && range.until && instantOf(range.until) < instantOf(range.since)) throw invalid('until', 'must not precede since');
    const { containerId } = await this.current(userId, agentId);
    const entries = await reachable(() => this.runtime.logs(containerId, { ...range, tail: range.tail ?? 100 }));
    return { logs: entries.map((e) => ({ ...e, timestamp: iso(e.timestamp) })) };
  }

  /** 202 at once; running executions fail, and the restart itself runs from the queue. */
  async restart(userId: string, agentId: string) {
    const agent = await findVisibleAgent(this.knex, userId, agentId);
    requireRight(agent, userId, 'write');
    const { containerId, info } = await this.current(userId, agentId);
    if (info.status === 'restarting') throw conflict('Container is already restarting');
    if (!(await reachable(() => this.runtime.beginRestart(containerId)))) {
      // What stopped it happened after `info` was read (usually a raced restart), so read the container again.
      const now = await reachable(() => this.runtime.inspect(containerId));
      throw conflict(now?.status === 'restarting' ? 'Container is already restarting' : `Container is ${now?.status ?? 'gone'}`);
    }
    const failed = await this.knex.transaction(async (trx) => {
      const rows: ExecutionRow[] = await trx('orch_executions')
        .where({ container_id: containerId, status: 'running' })
        .update({ status: 'failed', error_message: 'Container was restarted', completed_at: trx.fn.now(), current_step: null, progress: 100, steps: interruptedSteps(trx) })
        .returning('*');
      await this.queue.send(RESTART_QUEUE, { agentId, containerId } satisfies RestartJob, trx);
      return rows;
    });
    // Their watchers hear that they ended, as of every other way an execution ends (they stayed 'running' on the socket).
    for (const row of failed) await this.publish(executionUpdate(row), agentAudience(agent));
    return { container_id: containerId, status: 'restarting' as const, restarted_at: new Date().toISOString() };
  }

  /**
   * The queued half of a restart: a new process runs, the agent is active again, and its watchers hear it. An agent in
   * `error` may be deleted or redeployed while its restart waits; its new process is stopped at once, as no agent runs
   * on it any more (it ran on, out of every user's reach and adopted by every later server).
   */
  async completeRestart(job: RestartJob): Promise<void> {
    if (!(await this.runtime.completeRestart(job.containerId))) return;
    const [agent]: AgentRow[] = await this.knex('orch_agents')
      .where({ id: job.agentId, container_id: job.containerId })
      .whereNull('deleted_at')
      .whereIn('status', ['active', 'error'])
      .update({ status: 'active', updated_at: this.knex.fn.now() })
      .returning('*');
    if (!agent && !(await this.knex('orch_agents').where({ id: job.agentId, container_id: job.containerId }).whereNull('deleted_at').first('id'))) {
      await this.runtime.stop(job.containerId);
      return;
    }
    if (agent) await this.publish({ type: 'agent_status_update', data: { agent_id: job.agentId, status: 'active', container_id: job.containerId } }, agentAudience(agent));
    await this.resume([job.containerId]);
  }

  /** A process that died on its own: its agent is in `error` until restarted or redeployed, and its watchers hear it. */
  async processDied(containerId: string): Promise<void> {
    const [agent]: AgentRow[] = await this.knex('orch_agents')
      .where({ container_id: containerId, status: 'active' })
      .update({ status: 'error', updated_at: this.knex.fn.now() })
      .returning('*');
    if (agent) await this.publish({ type: 'agent_status_update', data: { agent_id: agent.id, status: 'error', container_id: containerId } }, agentAudience(agent));
  }

  /** The agent's current container; an agent without one is 404 (decision 11). */
  private async current(userId: string, agentId: string): Promise<{ containerId: string; info: ContainerInfo }> {
    const agent = await findVisibleAgent(this.knex, userId, agentId);
    if (!agent.container_id) throw notFound('Container');
    const info = await reachable(() => this.runtime.inspect(agent.container_id!));
    if (!info) throw notFound('Container');
    return { containerId: agent.container_id, info };
  }
}

