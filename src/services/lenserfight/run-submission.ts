import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { HttpError, notFound } from '../../core/http-error.js';
import { requestIdAsUuid } from '../../core/request-id.js';
import type { JobQueue } from '../../queue/job-queue.js';
import type { ProviderRegistry } from '../model-providers/provider-registry.js';
import { checkDeclaredParams } from './declared-params.js';
import type { LensRepository } from './lens-repository.js';
import type { RunEventStore } from './run-event-store.js';
import type { RunOptions, RunRepository, RunRow } from './run-repository.js';

export const RUN_QUEUE = 'lenserfight-runs';

export type RunJob = { runId: string };

export type Submission = {
  ownerSub: string;
  requestId: string;
  inputs: Record<string, unknown>;
  options: RunOptions;
  idempotencyKey?: string;
};

export type Accepted = { runId: string; status: RunRow['status']; workflowId: string | null };

/** Accepts lens and workflow runs: checks inputs, then writes the run, its first event and its job in one transaction. */
export class RunSubmission {
  constructor(
    private readonly knex: Knex,
    private readonly lenses: LensRepository,
    private readonly runs: RunRepository,
    private readonly events: RunEventStore,
    private readonly queue: JobQueue,
    private readonly providers: ProviderRegistry,
  ) {}

  async submitLens(lensId: string, submission: Submission): Promise<Accepted> {
    const replay = await this.replay(submission, { kind: 'lens', lens_id: lensId, workflow_id: null });
    if (replay) return replay;
    const lens = await this.lenses.findLens(lensId);
    if (!lens) throw notFound(`Lens ${lensId} not found`);
    this.checkOptions(submission.options);
    checkDeclaredParams(lens.params, submission.inputs, `Lens ${lens.name}`);
    return this.create(submission, { kind: 'lens', lens_id: lensId, workflow_id: null });
  }

  async submitWorkflow(workflowId: string, submission: Submission): Promise<Accepted> {
    const replay = await this.replay(submission, { kind: 'workflow', lens_id: null, workflow_id: workflowId });
    if (replay) return replay;
    const workflow = await this.lenses.findWorkflow(workflowId);
    if (!workflow) throw notFound(`Workflow ${workflowId} not found`);
    this.checkOptions(submission.options);
    checkDeclaredParams(workflow.input_params, submission.inputs, `Workflow ${workflow.name}`);
    return this.create(submission, { kind: 'workflow', lens_id: null, workflow_id: workflowId });
  }

  private checkOptions(options: RunOptions): void {
    if (options.fundingSource === 'user_byok_cloud' && !options.byokKeyRefId) {
      throw new HttpError(400, 'validation_failed', 'byokKeyRefId is required when fundingSource is user_byok_cloud', {
        errors: [{ location: 'body', path: '/byokKeyRefId', message: 'is required when fundingSource is user_byok_cloud' }],
      });
    }
    if (options.providerOverride && !this.providers.has(options.providerOverride)) {
      throw new HttpError(400, 'validation_failed', `Provider ${options.providerOverride} is not configured on this server`, {
        errors: [{ location: 'body', path: '/providerOverride', message: `must be one of: ${this.providers.keys().join(', ')}` }],
      });
    }
  }

  private async replay(submission: Submission, target: Target): Promise<Accepted | undefined> {
    if (!submission.idempotencyKey) return undefined;
    const existing = await this.runs.findByIdempotencyKey(submission.ownerSub, submission.idempotencyKey);
    return existing && replayed(existing, target);
  }

  private async create(submission: Submission, target: Target): Promise<Accepted> {
    const runId = randomUUID();
    const created = await this.knex.transaction(async (trx) => {
      const inserted = await this.runs.insert(
        {
          id: runId,
          request_id: requestIdAsUuid(submission.requestId),
          owner_sub: submission.ownerSub,
          ...target,
          status: 'queued',
          inputs: submission.inputs,
          options: submission.options,
          idempotency_key: submission.idempotencyKey ?? null,
        },
        trx,
      );
      if (!inserted) return false;
      await this.events.append(runId, 'run.queued', { kind: target.kind, lensId: target.lens_id, workflowId: target.workflow_id }, trx);
      await this.queue.send<RunJob>(RUN_QUEUE, { runId }, trx);
      return true;
    });
    if (!created) {
      // A concurrent request with the same idempotency key won the insert.
      const winner = await this.runs.findByIdempotencyKey(submission.ownerSub, submission.idempotencyKey!);
      return replayed(winner!, target);
    }
    return { runId, status: 'queued', workflowId: target.workflow_id };
  }
}

type Target = Pick<RunRow, 'kind' | 'lens_id' | 'workflow_id'>;

/**
 * The run a key already made, if it runs what this request asks to run. A key the subject used for another lens or
 * workflow is refused: answering with that other run's id made executeLens report a run of a different lens (or of
 * a workflow), and the lens asked for never ran.
 */
function replayed(run: RunRow, target: Target): Accepted {
  const same = run.kind === target.kind && sameId(run.lens_id, target.lens_id) && sameId(run.workflow_id, target.workflow_id);
  if (!same) {
    const used = run.kind === 'lens' ? `lens ${run.lens_id}` : `workflow ${run.workflow_id}`;
    throw new HttpError(400, 'validation_failed', `idempotencyKey was already used to run ${used}`, {
      errors: [{ location: 'body', path: '/idempotencyKey', message: `was already used to run ${used}; use a new key` }],
    });
  }
  return { runId: run.id, status: run.status, workflowId: run.workflow_id };
}

/** Path ids are uuids in any case; the database returns them lower-case. */
const sameId = (stored: string | null, asked: string | null) => (stored ?? '') === (asked ?? '').toLowerCase();
