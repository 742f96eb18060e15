import type { ToAgent } from './agent-protocol.js';
import { unavailable } from './errors.js';
import type { ResourceLimits } from './views.js';
import type { LogLevel, WalkHost, WalkResult } from './workflow-run.js';

export type { LogLevel };

/** The runtime could not be reached; the API answers 503 with Retry-After (decision 12). */
export class RuntimeUnavailable extends Error {}

/** A container was started but its process did not become ready in time: 503 with Retry-After, naming why (decision 31). */
export class RuntimeBusy extends Error {}

/** The server is stopping its containers: an execution handed to one now did not run, and goes back to pending. */
export class RuntimeStopping extends Error {}

/** A runtime that cannot be reached or is too busy is a 503 with Retry-After (decisions 12, 31); any other failure stays a failure. */
export async function reachable<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof RuntimeUnavailable) throw unavailable('Container runtime');
    if (err instanceof RuntimeBusy) throw unavailable('Container runtime', 10, err.message);
    throw err;
  }
}

export type ExecutionMessage = Extract<ToAgent, { type: 'run' }>;
/** What a running execution asks of the server: to record its progress, and the model provider. */
export type ExecutionHost = Pick<WalkHost, 'advance' | 'complete'>;

/** Where deployed agents run. The local runtime (child processes) is the default; a Docker runtime would be another implementation. */
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
  /** Replaces the container's process with a new one; false when the container is no longer restarting. */
  completeRestart(containerId: string): Promise<boolean>;
  logs(containerId: string, range: { since?: string; until?: string; tail: number }): Promise<LogEntry[]>;
  /**
   * `here` when this server can hand the container work; otherwise the server instance that can (the local runtime's
   * processes are reachable from the server that forked them only), or null while no server supervises it.
   */
  supervisor(containerId: string): Promise<'here' | string | null>;
  /**
   * Runs an execution inside the container (which this server supervises); rejects when its process is gone, with
   * RuntimeStopping when that is because the server is stopping.
   */
  execute(containerId: string, message: ExecutionMessage, host: ExecutionHost): Promise<WalkResult | 'cancelled'>;
  /** Takes over the containers whose supervising server is gone; returns the ids taken over. */
  adopt(): Promise<string[]>;
  /** Stops every process this server started and leaves their containers to be adopted; returns their ids. */
  shutdown(): Promise<string[]>;
}

export type ContainerInfo = {
  status: 'creating' | 'running' | 'restarting' | 'stopped' | 'error';
  health_status: 'healthy' | 'unhealthy' | 'starting' | 'unknown';
  last_health_check: Date | null;
  started_at: Date;
  resource_limits: ResourceLimits;
  restart_count: number;
  /** Measured by the container's process itself at its last report. */
  cpu_percent: number;
  memory_bytes: number;
  pid: number | null;
};

export type LogEntry = { timestamp: Date; level: LogLevel; message: string; source: string };
