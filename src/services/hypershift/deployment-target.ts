import type { Knex } from 'knex';
import { deploymentNotFound } from './errors.js';
import type { BuildArtifact, Schemas } from './types.js';

/**
 * `origin` and `mountPath`: where the run's creating request reached its API (`/hypershift`, or `` when served
 * alone); runs from before the origin was recorded have none.
 */
export type DeployRequest = { runId: string; workspaceId: string; environment: string; artifacts: BuildArtifact[]; origin?: string; mountPath: string };
export type DeployResult = { url: string; target: string };

/** Where the sre step deploys a run's build. */
export interface DeploymentTarget {
  readonly key: string;
  /** `signal`: the server is stopping; the deploy may be abandoned (the next claim of the step deploys again). */
  deploy(request: DeployRequest, signal?: AbortSignal): Promise<DeployResult>;
  /** Whether what `deploy` returned answers now. */
  check(result: DeployResult, signal?: AbortSignal): Promise<boolean>;
}

type DeploymentRow = { run_id: string; target: string; environment: string; url: string; artifacts: BuildArtifact[]; deployed_at: Date };

/**
 * The default target, labelled `local`: keeps the build's artifacts in this server's database and serves them at
 * `GET /deployments/{run_id}` of this server (decision 23). Nothing leaves the machine.
 */
export class LocalDeploymentTarget implements DeploymentTarget {
  readonly key = 'local';

  /**
   * `publicUrl` (HYPERSHIFT_PUBLIC_URL) wins; else the origin the run's creating request used (`origin`, the listen
   * address, for runs that did not record it) plus the path the run's API is mounted at.
   */
  constructor(
    private readonly knex: Knex,
    private readonly location: { publicUrl?: string; origin: string },
  ) {}

  async deploy(request: DeployRequest): Promise<DeployResult> {
    const base = this.location.publicUrl ?? `${request.origin ?? this.location.origin}${request.mountPath}`;
    const url = `${base}/deployments/${encodeURIComponent(request.runId)}`;
    // A step taken over from a lost worker deploys again: the later build replaces the earlier one.
    await this.knex('hs_deployments')
      .insert({
        run_id: request.runId,
        workspace_id: request.workspaceId,
        target: this.key,
        environment: request.environment,
        url,
        artifacts: JSON.stringify(request.artifacts.map((a) => ({ path: a.path, type: a.type, content: a.content ?? '' }))),
        deployed_at: this.knex.fn.now(),
      })
      .onConflict('run_id')
      .merge();
    return { url, target: this.key };
  }

  async check(result: DeployResult): Promise<boolean> {
    const runId = decodeURIComponent(result.url.slice(result.url.lastIndexOf('/') + 1));
    return (await this.knex('hs_deployments').where({ run_id: runId, target: this.key }).first('run_id')) !== undefined;
  }

  async get(runId: string): Promise<Schemas['Deployment']> {
    const row: DeploymentRow | undefined = await this.knex('hs_deployments').where({ run_id: runId, target: this.key }).first();
    if (!row) throw deploymentNotFound();
    return {
      run_id: row.run_id,
      target: 'local',
      environment: row.environment,
      deployed_at: new Date(row.deployed_at).toISOString(),
      artifacts: row.artifacts.map((a) => ({ path: a.path, type: a.type, content: a.content ?? '' })),
    };
  }
}

/**
 * A real target behind a deploy hook (HYPERSHIFT_DEPLOY_HOOK_URL): POSTs `{run_id, workspace_id, environment,
 * artifacts}` with an optional bearer token and expects `{url}` back; the check is a GET of that URL answering 2xx.
 */
export class HttpDeploymentTarget implements DeploymentTarget {
  readonly key = 'http';

  constructor(private readonly settings: { hookUrl: string; token?: string; timeoutMs: number }) {}

  async deploy(request: DeployRequest, signal?: AbortSignal): Promise<DeployResult> {
    const response = await fetch(this.settings.hookUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(this.settings.token ? { Authorization: `Bearer ${this.settings.token}` } : {}) },
      body: JSON.stringify({ run_id: request.runId, workspace_id: request.workspaceId, environment: request.environment, artifacts: request.artifacts }),
      signal: this.signal(signal),
    });
    if (!response.ok) throw new Error(`Deploy hook answered ${response.status}`);
    const body = (await response.json()) as { url?: unknown };
    if (typeof body.url !== 'string' || !URL.canParse(body.url)) throw new Error('Deploy hook answered without a deployment url');
    return { url: body.url, target: this.key };
  }

  async check(result: DeployResult, signal?: AbortSignal): Promise<boolean> {
    try {
      const response = await fetch(result.url, { signal: this.signal(signal) });
      return response.ok;
    } catch (err) {
      if (signal?.aborted) throw err;
      return false;
    }
  }

  private signal(stop?: AbortSignal): AbortSignal {
    const timeout = AbortSignal.timeout(this.settings.timeoutMs);
    return stop ? AbortSignal.any([timeout, stop]) : timeout;
  }
}
