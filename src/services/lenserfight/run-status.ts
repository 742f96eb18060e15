import { notFound } from '../../core/http-error.js';
import type { components } from '../../../generated/lenserfight/types.js';
import type { RunRepository, RunRow, ArtifactRow } from './run-repository.js';

type PlatformRunStatus = components['schemas']['PlatformRunStatus'];
type PlatformExecutionArtifact = components['schemas']['PlatformExecutionArtifact'];

/** Reads a run for its owner; anyone else's run is indistinguishable from a missing one. */
export class RunStatusReader {
  constructor(private readonly runs: RunRepository) {}

  async requireOwned(ownerSub: string, runId: string): Promise<RunRow> {
    const run = await this.runs.findOwned(ownerSub, runId);
    if (!run) throw notFound(`Run ${runId} not found`);
    return run;
  }

  async status(ownerSub: string, runId: string): Promise<PlatformRunStatus> {
    const run = await this.requireOwned(ownerSub, runId);
    const artifacts = await this.runs.artifacts(run.id);
    return toRunStatus(run, artifacts);
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toRunStatus(run: RunRow, artifacts: ArtifactRow[]): PlatformRunStatus {
  return {
    id: run.id,
    requestId: run.request_id,
    status: run.status,
    modelId: run.model_id,
    modelKey: run.model_key,
    providerKey: run.provider_key,
    startedAt: iso(run.started_at),
    completedAt: iso(run.completed_at),
    latencyMs: run.latency_ms,
    tokenInput: run.token_input,
    tokenOutput: run.token_output,
    creditCost: run.credit_cost,
    billingStatus: run.billing_status,
    errorCode: run.error_code,
    errorMessage: run.error_message,
    artifacts: artifacts.map(toArtifact),
  };
}

function toArtifact(a: ArtifactRow): PlatformExecutionArtifact {
  return {
    id: a.id,
    artifactKind: a.artifact_kind as PlatformExecutionArtifact['artifactKind'],
    contentText: a.content_text,
    contentJson: a.content_json as PlatformExecutionArtifact['contentJson'],
    isPrimaryOutput: a.is_primary_output,
    visibility: a.visibility,
    createdAt: a.created_at.toISOString(),
  };
}
