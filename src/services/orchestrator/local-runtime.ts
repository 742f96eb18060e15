import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Usage } from './agent-protocol.js';
import { AgentProcess } from './agent-process.js';
import { instantOf } from './instants.js';
import { RuntimeStopping, RuntimeUnavailable, type ContainerInfo, type ContainerRuntime, type ExecutionHost, type ExecutionMessage, type LogEntry, type LogLevel } from './runtime.js';
import type { ResourceLimits } from './views.js';
import type { WalkResult } from './workflow-run.js';

/** Who this server process is to the containers it supervises. */
export type RuntimeIdentity = {
  /** Unique per server start. */
  instance: string;
  /** Stable across restarts of the server on one machine (ORCHESTRATOR_NODE, default the host name). */
  node: string;
  pid: number;
  /** How often each agent process reports its usage. */
  reportEveryMs: number;
  /** How long a new process may take to report ready. */
  readyTimeoutMs: number;
};

type Supervised = { process: AgentProcess; last: { usage: Usage; at: number }; log: { writes: Promise<unknown> } };

/**
 * The local runtime: each deployed agent is its own Node process, forked by the server that deployed it and
 * supervised by it (started, stopped, restarted; a process that dies marks its container `error`). The database
 * records which server supervises each container (`owner_instance`, on `owner_node` as server pid `owner_pid`) and
 * what the process measured of itself, so every server process can answer for any container; only the supervising
 * one can hand it work. A process that loses its container (undeployed or restarted elsewhere) is stopped at its next
 * report. Everything it reports is labelled `local`.
 */
export class LocalRuntime implements ContainerRuntime {
  readonly label = 'local';
  private readonly processes = new Map<string, Supervised>();
  /** Set by shutdown(): a restart job or an adoption still under way then starts nothing that would outlive it. */
  private closed = false;

  constructor(
    private readonly knex: Knex,
    private readonly identity: RuntimeIdentity,
    private readonly logger: Logger,
    /** Told when a process this server supervises dies on its own. */
    private readonly onDeath: (containerId: string) => Promise<void>,
  ) {}

  async start(containerId: string, agent: { id: string; name: string; limits: ResourceLimits }): Promise<string[]> {
    const created = `Container ${containerId} created on the local runtime (a child process of the server, no Docker): ${agent.limits.cpu} vCPU, ${agent.limits.memory} MiB, ${agent.limits.network_isolation} network`;
    await this.knex.transaction(async (trx) => {
      await trx('orch_containers').insert({
        id: containerId,
        agent_id: agent.id,
        runtime: this.label,
        status: 'creating',
        health_status: 'starting',
        resource_limits: JSON.stringify(agent.limits),
        ...this.ownership(),
      });
      await trx('orch_container_logs').insert({ container_id: containerId, level: 'INFO', message: created, source: 'container' });
    });
    try {
      await this.spawn(containerId, agent.name, ['creating']);
    } catch (err) {
      await this.knex('orch_containers').where({ id: containerId }).update({ status: 'error', health_status: 'unhealthy', owner_instance: null });
      await this.log(containerId, 'ERROR', `Agent process failed to start: ${(err as Error).message}`, 'container');
      throw err;
    }
    return [created, `Agent ${agent.name} deployed and running in process ${this.processes.get(containerId)?.process.pid}`];
  }

  async stop(containerId: string): Promise<void> {
    await this.release(containerId);
    await this.knex('orch_containers').where({ id: containerId }).update({ status: 'stopped', stopped_at: this.knex.fn.now(), owner_instance: null, pid: null });
    await this.log(containerId, 'INFO', 'Container stopped', 'container');
  }

  async ensureRunning(containerId: string): Promise<void> {
    const row: { status: string; owner_instance: string | null } | undefined = await this.knex('orch_containers').where({ id: containerId }).first('status', 'owner_instance');
    if (row?.status !== 'running') throw new RuntimeUnavailable(`Container ${containerId} is ${row?.status ?? 'gone'}`);
    if (!row.owner_instance) throw new RuntimeUnavailable(`Container ${containerId} waits for a server to adopt it`);
  }

  async log(containerId: string, level: LogLevel, message: string, source: string): Promise<void> {
    await this.knex('orch_container_logs').insert({ container_id: containerId, level, message, source });
  }

  async inspect(containerId: string): Promise<ContainerInfo | undefined> {
    return this.knex('orch_containers').where({ id: containerId }).first();
  }

  async beginRestart(containerId: string): Promise<boolean> {
    return this.transition(containerId, ['running', 'error'], { status: 'restarting', health_status: 'starting' }, 'Container restarting');
  }

  /**
   * Whichever server runs the restart job replaces the process and becomes its supervisor; a previous supervisor
   * elsewhere stops its old process at its next report, when it finds the container no longer its own.
   */
  async completeRestart(containerId: string): Promise<boolean> {
    const row: { agent_name: string } | undefined = await this.knex('orch_containers as c')
      .join('orch_agents as a', 'a.id', 'c.agent_id')
      .where({ 'c.id': containerId, 'c.status': 'restarting' })
      .first('a.name as agent_name');
    if (!row) return false;
    await this.release(containerId);
    return this.spawn(containerId, row.agent_name, ['restarting'], { restart_count: this.knex.raw('restart_count + 1') }, 'Container running again after restart');
  }

  /** The last `tail` entries within the range, oldest first. */
  async logs(containerId: string, range: { since?: string; until?: string; tail: number }): Promise<LogEntry[]> {
    const q = this.knex('orch_container_logs').where({ container_id: containerId });
    if (range.since) q.where('timestamp', '>=', instantOf(range.since));
    // Timestamps are printed to the millisecond but stored to the microsecond: `until` covers its whole millisecond,
    // so an entry's own printed timestamp includes it.
    if (range.until) q.where('timestamp', '<', new Date(instantOf(range.until).getTime() + 1));
    const rows: LogEntry[] = await q.orderBy('seq', 'desc').limit(range.tail).select('timestamp', 'level', 'message', 'source');
    return rows.reverse();
  }

  async supervisor(containerId: string): Promise<'here' | string | null> {
    if (this.processes.has(containerId)) return 'here';
    const row: { owner_instance: string | null } | undefined = await this.knex('orch_containers').where({ id: containerId }).first('owner_instance');
    return row?.owner_instance === this.identity.instance ? null : row?.owner_instance ?? null;
  }

  async execute(containerId: string, message: ExecutionMessage, host: ExecutionHost): Promise<WalkResult | 'cancelled'> {
    const supervised = this.processes.get(containerId);
    if (!supervised && this.closed) throw new RuntimeStopping(`Agent process of container ${containerId} was stopped with the server`);
    if (!supervised) throw new Error(`Agent process of container ${containerId} is not running`);
    try {
      return await supervised.process.run(message, host);
    } finally {
      // The run's log lines are in the container's log before its end is recorded.
      await supervised.log.writes;
    }
  }

  /**
   * Containers that should run on this node but have no live supervisor: the previous server stopped (it released
   * them) or died (its pid is gone). Each gets a new process here; one another server adopted first is left to it.
   */
  async adopt(): Promise<string[]> {
    const candidates: { id: string; owner_instance: string | null; owner_pid: number | null; agent_name: string; status: string }[] = await this.knex('orch_containers as c')
      .join('orch_agents as a', 'a.id', 'c.agent_id')
      .where({ 'c.owner_node': this.identity.node, 'a.status': 'active' })
      .whereRaw('a.container_id = c.id')
      .whereIn('c.status', ['running', 'restarting'])
      .where((q) => q.whereNull('c.owner_instance').orWhereNot('c.owner_instance', this.identity.instance))
      .select('c.id', 'c.owner_instance', 'c.owner_pid', 'c.status', 'a.name as agent_name');
    const adopted: string[] = [];
    for (const c of candidates) {
      if (c.owner_instance && c.owner_pid && alive(c.owner_pid)) continue;
      const claimed = await this.knex('orch_containers')
        .where({ id: c.id, status: c.status })
        .where((q) => (c.owner_instance ? q.where('owner_instance', c.owner_instance) : q.whereNull('owner_instance')))
        .update({ ...this.ownership(), status: 'creating', health_status: 'starting' });
      if (claimed === 0) continue;
      await this.log(c.id, 'INFO', `Server process ${this.identity.pid} adopts the container after its previous server stopped`, 'container');
      try {
        if (await this.spawn(c.id, c.agent_name, ['creating'])) adopted.push(c.id);
      } catch (err) {
        if (this.closed) {
          // Shutting down mid-adoption: left for the next server, as this one found it.
          await this.knex('orch_containers').where({ id: c.id, owner_instance: this.identity.instance }).update({ owner_instance: null, status: c.status });
          continue;
        }
        this.logger.error({ err, containerId: c.id }, 'adopting an agent process failed');
        await this.knex('orch_containers').where({ id: c.id }).update({ status: 'error', health_status: 'unhealthy' });
        await this.onDeath(c.id);
      }
    }
    return adopted;
  }

  async shutdown(): Promise<string[]> {
    this.closed = true;
    const ids = [...this.processes.keys()];
    await Promise.all(ids.map((id) => this.release(id)));
    for (const id of ids) await this.log(id, 'INFO', `Agent process stopped: server process ${this.identity.pid} is shutting down`, 'container');
    if (ids.length > 0) await this.knex('orch_containers').whereIn('id', ids).where({ owner_instance: this.identity.instance }).update({ owner_instance: null, pid: null });
    return ids;
  }

  /** Forks the process and records it as this server's, advancing the container from `from` to running. */
  private async spawn(containerId: string, agentName: string, from: string[], extra: Record<string, unknown> = {}, message?: string): Promise<boolean> {
    if (this.closed) throw new RuntimeUnavailable('the server is shutting down');
    // Lines the process writes while it starts are chained like every later one.
    const log = { writes: Promise.resolve() as Promise<unknown> };
    const { process: child, usage } = await AgentProcess.start(
      { name: agentName, reportEveryMs: this.identity.reportEveryMs, readyTimeoutMs: this.identity.readyTimeoutMs },
      {
        line: (level, text, source) => this.capture(containerId, log, level, text, source),
        usage: (next) => void this.report(containerId, child, next),
        died: (reason) => void this.died(containerId, child, reason),
      },
    );
    const supervised: Supervised = { process: child, last: { usage, at: Date.now() }, log };
    this.processes.set(containerId, supervised);
    if (this.closed) {
      await this.release(containerId);
      throw new RuntimeUnavailable('the server is shutting down');
    }
    const k = this.knex;
    const running = await this.transition(
      containerId,
      from,
      {
        ...extra,
        ...this.ownership(),
        pid: child.pid,
        status: 'running',
        health_status: 'healthy',
        last_health_check: k.fn.now(),
        started_at: k.fn.now(),
        cpu_percent: 0,
        memory_bytes: usage.rss,
      },
      message,
    );
    if (!running) await this.release(containerId);
    return running;
  }

  /** The process's lines go to the container's log in the order it wrote them. */
  private capture(containerId: string, log: { writes: Promise<unknown> }, level: LogLevel, message: string, source: string): void {
    log.writes = log.writes.then(() => this.log(containerId, level, message, source).catch((err) => this.logger.warn({ err }, 'agent log line lost')));
  }

  /**
   * A report from the process: CPU percent over the interval since the previous one, and its memory. Written only
   * while the container is still this process's; otherwise the process has lost it and is stopped.
   */
  private async report(containerId: string, child: AgentProcess, usage: Usage): Promise<void> {
    const supervised = this.processes.get(containerId);
    if (supervised?.process !== child) return;
    const now = Date.now();
    const cpuPercent = ((usage.cpu_us - supervised.last.usage.cpu_us) / 1000 / Math.max(1, now - supervised.last.at)) * 100;
    supervised.last = { usage, at: now };
    try {
      const kept = await this.knex('orch_containers')
        .where({ id: containerId, owner_instance: this.identity.instance, pid: child.pid })
        .whereIn('status', ['running', 'restarting'])
        .update({ cpu_percent: Math.round(cpuPercent * 100) / 100, memory_bytes: usage.rss, last_health_check: this.knex.fn.now() });
      if (kept === 0) await this.release(containerId);
    } catch (err) {
      this.logger.warn({ err, containerId }, 'agent usage report not recorded');
    }
  }

  private async died(containerId: string, child: AgentProcess, reason: string): Promise<void> {
    if (this.processes.get(containerId)?.process !== child) return;
    this.processes.delete(containerId);
    try {
      const marked = await this.transition(
        containerId,
        ['running', 'creating'],
        { status: 'error', health_status: 'unhealthy', pid: null, last_health_check: this.knex.fn.now() },
        reason,
        'ERROR',
        { pid: child.pid },
      );
      if (marked) await this.onDeath(containerId);
    } catch (err) {
      this.logger.error({ err, containerId }, 'recording a dead agent process failed');
    }
  }

  /** Stops this server's process of the container, if it has one; the record is the caller's to change. */
  private async release(containerId: string): Promise<void> {
    const supervised = this.processes.get(containerId);
    if (!supervised) return;
    this.processes.delete(containerId);
    await supervised.process.stop();
    await supervised.log.writes;
  }

  private ownership() {
    const { instance, node, pid } = this.identity;
    return { owner_instance: instance, owner_node: node, owner_pid: pid };
  }

  /** A conditional state change and its log line, committed together so no reader sees one without the other. */
  private async transition(
    containerId: string,
    from: string[],
    change: Record<string, unknown>,
    message?: string,
    level: LogLevel = 'INFO',
    where: Record<string, unknown> = {},
  ): Promise<boolean> {
    return this.knex.transaction(async (trx) => {
      const changed = await trx('orch_containers').where({ id: containerId, ...where }).whereIn('status', from).update(change);
      if (changed > 0 && message) await trx('orch_container_logs').insert({ container_id: containerId, level, message, source: 'container' });
      return changed > 0;
    });
  }
}

/** Whether a process of this machine is alive (signal 0 checks without signalling). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
