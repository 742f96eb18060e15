import type { Knex } from 'knex';
import { unavailable } from './errors.js';
import type { ResourceLimits } from './views.js';

/** The runtime could not be reached; the API answers 503 with Retry-After (decision 12). */
export class RuntimeUnavailable extends Error {}

/** A runtime that cannot be reached is a 503 with Retry-After (decision 12); any other failure stays a failure. */
export async function reachable<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof RuntimeUnavailable) throw unavailable('Container runtime');
    throw err;
  }
}

export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL';

/** Where deployed agents run. The local runtime is the default; a Docker runtime would be another implementation. */
export interface ContainerRuntime {
  /** `local` for the local runtime; shown in container ids and logs. */
  readonly label: string;
  /** Creates and starts a container for the agent; resolves with the deployment's log lines. */
  start(containerId: string, agent: { id: string; name: string; limits: ResourceLimits }): Promise<string[]>;
  stop(containerId: string): Promise<void>;
  /** Throws RuntimeUnavailable when the container cannot take work. */
  ensureRunning(containerId: string): Promise<void>;
  log(containerId: string, level: LogLevel, message: string, source: string): Promise<void>;
  inspect(containerId: string): Promise<ContainerInfo | undefined>;
  /** Marks the container restarting; false when it already is (or is not running). */
  beginRestart(containerId: string): Promise<boolean>;
  completeRestart(containerId: string): Promise<void>;
  logs(containerId: string, range: { since?: string; until?: string; tail: number }): Promise<LogEntry[]>;
}

export type ContainerInfo = {
  status: 'creating' | 'running' | 'restarting' | 'stopped' | 'error';
  health_status: 'healthy' | 'unhealthy' | 'starting' | 'unknown';
  last_health_check: Date | null;
  started_at: Date;
  resource_limits: ResourceLimits;
  restart_count: number;
};

export type LogEntry = { timestamp: Date; level: LogLevel; message: string; source: string };

/**
 * The local runtime: a deployed agent is a container record in this database and runs its executions in this
 * server's workers, so it needs no Docker and no network. Everything it reports is labelled `local`.
 */
export class LocalRuntime implements ContainerRuntime {
  readonly label = 'local';

  constructor(private readonly knex: Knex) {}

  async start(containerId: string, agent: { id: string; name: string; limits: ResourceLimits }): Promise<string[]> {
    const lines = [
      `Container ${containerId} created on the local runtime (no Docker): ${agent.limits.cpu} vCPU, ${agent.limits.memory} MiB, ${agent.limits.network_isolation} network`,
      `Agent ${agent.name} deployed and running`,
    ];
    await this.knex.transaction(async (trx) => {
      await trx('orch_containers').insert({
        id: containerId,
        agent_id: agent.id,
        runtime: this.label,
        status: 'running',
        health_status: 'healthy',
        last_health_check: trx.fn.now(),
        resource_limits: JSON.stringify(agent.limits),
      });
      await trx('orch_container_logs').insert(lines.map((message) => ({ container_id: containerId, level: 'INFO', message, source: 'container' })));
    });
    return lines;
  }

  async stop(containerId: string): Promise<void> {
    await this.knex('orch_containers').where({ id: containerId }).update({ status: 'stopped', stopped_at: this.knex.fn.now() });
    await this.log(containerId, 'INFO', 'Container stopped', 'container');
  }

  async ensureRunning(containerId: string): Promise<void> {
    const row: { status: string } | undefined = await this.knex('orch_containers').where({ id: containerId }).first('status');
    if (row?.status !== 'running') throw new RuntimeUnavailable(`Container ${containerId} is ${row?.status ?? 'gone'}`);
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

  async completeRestart(containerId: string): Promise<void> {
    const k = this.knex;
    const change = { status: 'running', health_status: 'healthy', last_health_check: k.fn.now(), started_at: k.fn.now(), restart_count: k.raw('restart_count + 1') };
    await this.transition(containerId, ['restarting'], change, 'Container running again after restart');
  }

  /** A conditional state change and its log line, committed together so no reader sees one without the other. */
  private async transition(containerId: string, from: string[], change: Record<string, unknown>, message: string): Promise<boolean> {
    return this.knex.transaction(async (trx) => {
      const changed = await trx('orch_containers').where({ id: containerId }).whereIn('status', from).update(change);
      if (changed > 0) await trx('orch_container_logs').insert({ container_id: containerId, level: 'INFO', message, source: 'container' });
      return changed > 0;
    });
  }

  /** The last `tail` entries within the range, oldest first. */
  async logs(containerId: string, range: { since?: string; until?: string; tail: number }): Promise<LogEntry[]> {
    const q = this.knex('orch_container_logs').where({ container_id: containerId });
    if (range.since) q.where('timestamp', '>=', new Date(range.since));
    // Timestamps are printed to the millisecond but stored to the microsecond: `until` covers its whole millisecond,
    // so an entry's own printed timestamp includes it.
    if (range.until) q.where('timestamp', '<', new Date(new Date(range.until).getTime() + 1));
    const rows: LogEntry[] = await q.orderBy('seq', 'desc').limit(range.tail).select('timestamp', 'level', 'message', 'source');
    return rows.reverse();
  }
}
