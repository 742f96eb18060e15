import type { Knex } from 'knex';
import type { JobQueue } from '../../queue/job-queue.js';
import type { ProviderRegistry } from '../model-providers/provider-registry.js';
import { AGENTS, stepOf, type Schemas } from './types.js';

type HealthState = Schemas['HealthState'];

/** Decision 17: operational status and the fleet's health, from the database, the step queue and the model provider. */
export class SystemHealth {
  private readonly startedAt = Date.now();

  constructor(
    private readonly knex: Knex,
    private readonly queue: JobQueue,
    private readonly providers: ProviderRegistry,
    private readonly settings: { backlogAfterMs: number; probeTimeoutMs: number; stepQueue: string },
  ) {}

  /** Liveness: the process answers; nothing else is checked. */
  alive(): Schemas['HealthResponse'] {
    return { status: 'ok', ts: new Date().toISOString() };
  }

  async status(workspaceId: string): Promise<Schemas['StatusResponse']> {
    const database = await this.database();
    const status: Schemas['StatusResponse'] = { status: database === 'healthy' ? 'operational' : 'degraded', ts: new Date().toISOString() };
    if (database !== 'healthy') return status;
    // Read from the runs, whatever target deployed them: hs_deployments holds only the local target's builds, so a
    // server deploying through a hook (HYPERSHIFT_DEPLOY_TARGET=http) never had a last_deploy.
    const last: { id: string; deployment_url: string; deployed_at: Date } | undefined = await this.knex('hs_runs')
      .where({ workspace_id: workspaceId })
      .whereNotNull('deployment_url')
      .whereNotNull('deployed_at')
      .orderBy([{ column: 'deployed_at', order: 'desc' }, { column: 'id', order: 'desc' }])
      .first('id', 'deployment_url', 'deployed_at');
    if (last) status.last_deploy = { run_id: last.id, deployment_url: last.deployment_url, deployed_at: new Date(last.deployed_at).toISOString() };
    return status;
  }

  async fleet(): Promise<Schemas['FleetHealth']> {
    const database = await this.database();
    const provider = await this.probeProvider();
    const backlog = database === 'healthy' ? await this.backlogSteps() : new Set<number>();
    const agents = AGENTS.map((agent): Schemas['AgentHealth'] => {
      if (provider.error) return { agent, status: 'down', latency_ms: null, error: provider.error };
      const waiting = backlog.has(stepOf(agent));
      return { agent, status: waiting ? 'degraded' : 'healthy', latency_ms: provider.latencyMs, error: waiting ? 'steps waiting in the queue' : null };
    });
    const orchestrator = { status: database === 'healthy' ? ('healthy' as const) : ('degraded' as const), uptime_s: Math.floor((Date.now() - this.startedAt) / 1000), database };
    const all: HealthState[] = [orchestrator.status, ...agents.map((a) => a.status)];
    return {
      status: all.every((s) => s === 'healthy') ? 'healthy' : 'degraded',
      orchestrator,
      agents,
      checked_at: new Date().toISOString(),
    };
  }

  private async database(): Promise<HealthState> {
    try {
      await this.knex.raw('select 1');
      return 'healthy';
    } catch {
      return 'down';
    }
  }

  /** Every agent talks to the same provider: one small completion says whether it answers and how fast. */
  private async probeProvider(): Promise<{ latencyMs: number; error: string | null }> {
    const began = Date.now();
    try {
      await this.providers.get().complete({ prompt: 'health check: answer "ok"', signal: AbortSignal.timeout(this.settings.probeTimeoutMs) });
      return { latencyMs: Date.now() - began, error: null };
    } catch (err) {
      return { latencyMs: Date.now() - began, error: (err as Error).message };
    }
  }

  /** Steps whose jobs have waited longer than `backlogAfterMs` for a worker. */
  private async backlogSteps(): Promise<Set<number>> {
    const cutoff = new Date(Date.now() - this.settings.backlogAfterMs);
    const jobs = await this.queue.waitingSince<{ step: string | number }>(this.knex, this.settings.stepQueue, cutoff);
    return new Set(jobs.map((job) => Number(job.step)));
  }
}
