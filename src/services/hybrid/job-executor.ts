import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { JobQueue } from '../../queue/job-queue.js';
import type { JobFinisher } from './job-finisher.js';
import type { JobRepository, JobRow, ModelResponse, ModelResult } from './job-repository.js';
import type { ModelCaller } from './model-caller.js';
import type { ModelCatalogue } from './model-catalogue.js';
import { isParallel, PromptTooLong, stepPrompt, type GenerateStep } from './workflow-definition.js';

export const HYBRID_JOB_QUEUE = 'hybrid-jobs';
export type HybridJob = { jobId: string };

const succeeded = (r: ModelResult | null | undefined): r is ModelResponse => r != null && 'content' in r;

/** Joins a step's successful outputs, each headed by its model, as the step's output variable. */
const joinOutputs = (outputs: { model: string; content: string }[]) => outputs.map((o) => `### ${o.model}\n${o.content}`).join('\n\n');

/**
 * Runs one job: the generate stage (every model at once, each recorded as it lands), then synthesis, then the
 * final state and its callback. A failure of this process leaves the job live with a stale heartbeat, for the
 * recovery sweep; a stopping server hands it back at once.
 */
export class JobExecutor {
  constructor(
    private readonly knex: Knex,
    private readonly queue: JobQueue,
    private readonly jobs: JobRepository,
    private readonly caller: ModelCaller,
    private readonly catalogue: ModelCatalogue,
    private readonly finisher: JobFinisher,
    private readonly settings: { heartbeatMs: number; synthesisModel?: string },
    private readonly log: Logger,
  ) {}

  /** `stop`: the queue is stopping; the job is handed back to the queue (not failed) when it aborts. */
  async execute(jobId: string, stop?: AbortSignal): Promise<void> {
    const job = await this.jobs.claim(jobId);
    if (!job) return;
    const heartbeat = setInterval(() => void this.jobs.heartbeat(job).catch(() => {}), this.settings.heartbeatMs);
    try {
      if (job.kind === 'prompt') await this.runPrompt(job, stop);
      else await this.runWorkflow(job, stop);
    } catch (err) {
      if (stop?.aborted) return await this.handBack(job);
      if (err instanceof PromptTooLong) {
        await this.finisher.finish(job, { status: 'failed', synthesisResult: null, errorInfo: err.message });
        return;
      }
      this.log.error({ err, jobId }, 'hybrid job failed');
      await this.finisher.finish(job, { status: 'failed', synthesisResult: null, errorInfo: 'Internal error while running the job' });
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** The server is stopping: the job starts again from the beginning with a job of its own, here or in another process. */
  private async handBack(job: JobRow): Promise<void> {
    const handedBack = await this.knex.transaction(async (trx) => {
      if (!(await this.jobs.release(trx, job))) return false;
      await this.queue.send<HybridJob>(HYBRID_JOB_QUEUE, { jobId: job.id }, trx);
      return true;
    });
    if (handedBack) this.log.info({ jobId: job.id }, 'hybrid job handed back to the queue: the server is stopping');
  }

  private async generate(job: JobRow, models: string[], prompt: string, stop?: AbortSignal): Promise<{ model: string; result: ModelResult }[]> {
    return Promise.all(
      models.map(async (model) => {
        const result = await this.caller.call(job.user_id, model, prompt, stop);
        await this.jobs.recordResult(job, model, result);
        return { model, result };
      }),
    );
  }

  private async runPrompt(job: JobRow, stop?: AbortSignal): Promise<void> {
    const prompt = job.prompt_text!;
    const outcomes = await this.generate(job, job.requested_models, prompt, stop);
    const answers = outcomes.flatMap(({ model, result }) => (succeeded(result) ? [{ model, content: result.content }] : []));
    if (answers.length === 0) {
      await this.finisher.finish(job, { status: 'failed', synthesisResult: null, errorInfo: 'All generate steps failed; synthesis skipped' });
      return;
    }
    if (!(await this.jobs.startSynthesis(job))) return;
    const synthesisModel = await this.synthesisModelFor(job, answers[0].model);
    const synthesisPrompt = [
      `Synthesise the answers of ${answers.length} model(s) to the prompt below into one answer: keep what they agree on, resolve or flag where they differ.`,
      `Prompt:\n${prompt}`,
      joinOutputs(answers),
    ].join('\n\n');
    await this.synthesise(job, synthesisModel, synthesisPrompt, stop);
  }

  private async runWorkflow(job: JobRow, stop?: AbortSignal): Promise<void> {
    const definition = job.definition!;
    // Without a prototype, an output variable named `__proto__` is stored like any other instead of being swallowed.
    const variables: Record<string, string> = Object.assign(Object.create(null), job.input_variables);
    let anySucceeded = false;
    const runStep = async (step: GenerateStep) => {
      const prompt = stepPrompt(step, variables);
      const outcomes = await this.generate(job, step.models, prompt, stop);
      const answers = outcomes.flatMap(({ model, result }) => (succeeded(result) ? [{ model, content: result.content }] : []));
      anySucceeded ||= answers.length > 0;
      const value = answers.length > 0 ? joinOutputs(answers) : `[no output: every model of step ${step.name} failed]`;
      variables[step.output_var] = value;
      await this.jobs.recordVariable(job, step.output_var, value);
    };
    const { steps } = definition.stages.generate;
    if (isParallel(definition)) await Promise.all(steps.map(runStep));
    else for (const step of steps) await runStep(step);
    if (!anySucceeded) {
      await this.finisher.finish(job, { status: 'failed', synthesisResult: null, errorInfo: 'All generate steps failed; synthesis skipped', variables });
      return;
    }
    if (!(await this.jobs.startSynthesis(job))) return;
    const synth = definition.stages.synthesize;
    await this.synthesise(job, synth.model, stepPrompt(synth, variables), stop, { variables, outputVar: synth.output_var });
  }

  private async synthesise(job: JobRow, model: string, prompt: string, stop?: AbortSignal, workflow?: { variables: Record<string, string>; outputVar: string }): Promise<void> {
    const result = await this.caller.call(job.user_id, model, prompt, stop);
    if (!succeeded(result)) {
      await this.finisher.finish(job, { status: 'failed', synthesisResult: result, errorInfo: `Synthesis with ${model} failed: ${result.error}`, variables: workflow?.variables });
      return;
    }
    const variables = workflow ? { ...workflow.variables, [workflow.outputVar]: result.content } : undefined;
    await this.finisher.finish(job, { status: 'completed', synthesisResult: result, errorInfo: null, variables });
  }

  /** HYBRID_SYNTHESIS_MODEL when this user can use it, else the first requested model that answered. */
  private async synthesisModelFor(job: JobRow, firstAnswered: string): Promise<string> {
    const configured = this.settings.synthesisModel;
    if (configured && (await this.catalogue.find(job.user_id, configured))) return configured;
    return firstAnswered;
  }
}
