import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { HttpError } from '../../core/http-error.js';
import type { WebhookDelivery } from '../../core/webhooks/webhook-delivery.js';
import type { JobQueue } from '../../queue/job-queue.js';
import { HYBRID_JOB_QUEUE, type HybridJob } from './job-executor.js';
import type { JobRepository, NewJob } from './job-repository.js';
import type { ModelCatalogue } from './model-catalogue.js';
import { MAX_PROMPT_CHARS } from './templates.js';
import { generateModels, oversizedPrompts, workflowInputs } from './workflow-definition.js';
import type { WorkflowStore } from './workflow-store.js';

/** 403 unless the `userId` a request names is the token's subject (the spec's decision 6). */
export function assertSubject(subject: string, userId: string): void {
  if (userId !== subject) throw new HttpError(403, 'forbidden', 'userId does not match the authenticated user', { userId });
}

/** Accepts jobs: checks models, inputs and the callback URL, then writes the job and its queue entry in one transaction. */
export class JobSubmission {
  constructor(
    private readonly knex: Knex,
    private readonly jobs: JobRepository,
    private readonly workflows: WorkflowStore,
    private readonly catalogue: ModelCatalogue,
    private readonly queue: JobQueue,
    private readonly webhooks: WebhookDelivery,
  ) {}

  async submitPrompt(subject: string, body: { userId: string; promptText: string; requestedModels: string[]; callbackUrl?: string }): Promise<string> {
    assertSubject(subject, body.userId);
    await this.checkModels(subject, body.requestedModels, 'requestedModels');
    const callbackUrl = await this.checkCallback(body.callbackUrl);
    return this.create({ user_id: subject, kind: 'prompt', workflow_name: null, prompt_text: body.promptText, definition: null, input_variables: null, requested_models: body.requestedModels, callback_url: callbackUrl });
  }

  async submitWorkflow(subject: string, body: { userId: string; workflowName: string; inputVariables?: Record<string, string>; callbackUrl?: string }): Promise<string> {
    assertSubject(subject, body.userId);
    const definition = await this.workflows.get(subject, body.workflowName).catch((err) => {
      if (err instanceof HttpError && err.status === 404) throw new HttpError(404, 'not_found', `Workflow ${body.workflowName} not found`, { workflowName: body.workflowName });
      throw err;
    });
    const inputs = body.inputVariables ?? {};
    const missing = workflowInputs(definition).filter((v) => !Object.hasOwn(inputs, v));
    if (missing.length > 0) {
      throw new HttpError(400, 'missing_variables', `Missing input variable(s) for workflow ${definition.workflow_name}`, { missingVariables: missing });
    }
    const oversized = oversizedPrompts(definition, inputs);
    if (oversized.length > 0) {
      throw new HttpError(400, 'prompt_too_long', oversized[0].message, { maxChars: MAX_PROMPT_CHARS, steps: oversized.map(({ step, chars }) => ({ step, chars })) });
    }
    const models = generateModels(definition);
    await this.checkModels(subject, [...models, definition.stages.synthesize.model], 'workflow');
    const callbackUrl = await this.checkCallback(body.callbackUrl ?? definition.execution_modes?.api?.webhook_url);
    return this.create({
      user_id: subject,
      kind: 'workflow',
      workflow_name: definition.workflow_name,
      prompt_text: null,
      definition,
      input_variables: inputs,
      requested_models: models,
      callback_url: callbackUrl,
    });
  }

  private async checkModels(subject: string, requested: string[], where: string): Promise<void> {
    const known = new Set((await this.catalogue.forUser(subject)).map((m) => m.id));
    const unknown = [...new Set(requested.filter((m) => !known.has(m)))];
    if (unknown.length > 0) throw new HttpError(400, 'unknown_models', `Unknown model ID(s) in ${where}`, { unknownModels: unknown });
  }

  /** A callback URL webhooks may not reach is refused now, not discovered after the job has run. */
  private async checkCallback(url: string | undefined): Promise<string | null> {
    if (!url) return null;
    return (await this.webhooks.checkDestination(url)).href;
  }

  private async create(job: Omit<NewJob, 'id'>): Promise<string> {
    const id = randomUUID();
    await this.knex.transaction(async (trx) => {
      await this.jobs.insert({ id, ...job }, trx);
      await this.queue.send<HybridJob>(HYBRID_JOB_QUEUE, { jobId: id }, trx);
    });
    return id;
  }
}
