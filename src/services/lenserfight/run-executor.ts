import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { ProviderError, type Completion } from '../model-providers/model-provider.js';
import type { ProviderRegistry } from '../model-providers/provider-registry.js';
import type { Lens, LensRepository, Workflow } from './lens-repository.js';
import type { RunEventStore } from './run-event-store.js';
import type { RunEventHub } from './run-event-hub.js';
import type { ArtifactRow, RunRepository, RunRow } from './run-repository.js';
import { renderTemplate } from './template.js';
import { withDefaults } from './declared-params.js';
import { planWaves } from './workflow-plan.js';
import { creditCostOf, billingStatusOf } from './billing.js';
import type { JobQueue } from '../../queue/job-queue.js';
import { RUN_QUEUE, type RunJob } from './run-submission.js';

type NodeTrace = { nodeId: string; lensId: string; modelKey: string; latencyMs: number; tokenInput: number; tokenOutput: number; output: string };

/** The final output and the completion that produced it; token totals are summed from the trace. */
type Outcome = { output: string; completion: Completion; trace: NodeTrace[] };

class RunFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type ExecutorSettings = { runTimeoutMs: number; heartbeatMs: number };

/**
 * Executes one run: claims it, renders lens templates, calls the model provider (workflow nodes in dependency
 * order, independent nodes in parallel), records events as it goes and writes the result, artifacts and the
 * terminal event in one transaction.
 */
export class RunExecutor {
  constructor(
    private readonly knex: Knex,
    private readonly lenses: LensRepository,
    private readonly runs: RunRepository,
    private readonly events: RunEventStore,
    private readonly hub: RunEventHub,
    private readonly providers: ProviderRegistry,
    private readonly queue: JobQueue,
    private readonly settings: ExecutorSettings,
    private readonly log: Logger,
  ) {}

  /** `stop`: the queue is stopping; the run is handed back to the queue (not failed) when it aborts. */
  async execute(runId: string, stop?: AbortSignal): Promise<void> {
    const run = await this.runs.claim(runId);
    if (!run) return;
    // Appends for one run go one after another so their ids commit in order (see RunEventHub).
    let chain: Promise<unknown> = Promise.resolve();
    const emit = (type: string, payload: object = {}) => {
      chain = chain.then(() => this.events.append(run.id, type, payload)).then(() => this.hub.poke());
      return chain;
    };
    const heartbeat = setInterval(() => void this.runs.heartbeat(run).catch(() => {}), this.settings.heartbeatMs);
    const timeout = AbortSignal.timeout(this.settings.runTimeoutMs);
    const signal = stop ? AbortSignal.any([timeout, stop]) : timeout;
    const started = Date.now();
    try {
      await emit('run.started', { attempt: run.attempts, kind: run.kind });
      const outcome = run.kind === 'lens' ? await this.runLens(run, signal, emit) : await this.runWorkflow(run, signal, emit);
      await chain;
      await this.succeed(run, outcome, Date.now() - started);
    } catch (err) {
      await chain.catch(() => {});
      if (stop?.aborted && !timeout.aborted) await this.handBack(run);
      else await this.fail(run, err, timeout.aborted, Date.now() - started);
    } finally {
      clearInterval(heartbeat);
      this.hub.poke();
    }
  }

  /** The server is stopping: the run goes back to the queue with a job of its own, for this or another process. */
  private async handBack(run: RunRow): Promise<void> {
    const handedBack = await this.knex.transaction(async (trx) => {
      if (!(await this.runs.requeue(run, trx))) return false;
      await this.events.append(run.id, 'run.requeued', { reason: 'server_stopping', attempt: run.attempts }, trx);
      await this.queue.send<RunJob>(RUN_QUEUE, { runId: run.id }, trx);
      return true;
    });
    if (handedBack) this.log.info({ runId: run.id }, 'run handed back to the queue: the server is stopping');
  }

  private async runLens(run: RunRow, signal: AbortSignal, emit: (t: string, p?: object) => Promise<unknown>): Promise<Outcome> {
    const lens = await this.lenses.findLens(run.lens_id!);
    if (!lens) throw new RunFailure('lens_missing', `Lens ${run.lens_id} no longer exists`);
    const { node, completion } = await this.callLens(run, lens, 'lens', run.inputs, signal, emit);
    return { output: node.output, completion, trace: [node] };
  }

  private async runWorkflow(run: RunRow, signal: AbortSignal, emit: (t: string, p?: object) => Promise<unknown>): Promise<Outcome> {
    const workflow = await this.lenses.findWorkflow(run.workflow_id!);
    if (!workflow) throw new RunFailure('workflow_missing', `Workflow ${run.workflow_id} no longer exists`);
    const lensById = new Map((await this.lenses.findLenses([...new Set(workflow.nodes.map((n) => n.lensId))])).map((l) => [l.id, l]));
    const outputs: Record<string, { output: string }> = {};
    const traces: NodeTrace[] = [];
    let last: Completion | undefined;
    for (const wave of this.plan(workflow)) {
      const results = await Promise.all(
        wave.map(async (node) => {
          const lens = lensById.get(node.lensId);
          if (!lens) throw new RunFailure('lens_missing', `Workflow node ${node.id} uses missing lens ${node.lensId}`);
          const params = Object.fromEntries(
            Object.entries(node.params).map(([name, template]) => [name, renderTemplate(template, { inputs: run.inputs, nodes: outputs })]),
          );
          return { nodeId: node.id, result: await this.callLens(run, lens, node.id, params, signal, emit) };
        }),
      );
      for (const { nodeId, result } of results) {
        outputs[nodeId] = { output: result.node.output };
        traces.push(result.node);
        if (nodeId === workflow.output_node) last = result.completion;
      }
    }
    const final = outputs[workflow.output_node];
    if (!final || !last) throw new RunFailure('workflow_invalid', `Workflow output node ${workflow.output_node} produced nothing`);
    return { output: final.output, completion: last, trace: traces };
  }

  private plan(workflow: Workflow) {
    try {
      return planWaves(workflow.nodes);
    } catch (err) {
      throw new RunFailure('workflow_invalid', (err as Error).message);
    }
  }

  private async callLens(
    run: RunRow,
    lens: Lens,
    nodeId: string,
    params: Record<string, unknown>,
    signal: AbortSignal,
    emit: (t: string, p?: object) => Promise<unknown>,
  ) {
    const prompt = renderTemplate(lens.template, withDefaults(lens.params, params));
    const provider = this.providers.get(run.options.providerOverride);
    await emit('node.started', { nodeId, lensId: lens.id, providerKey: provider.key });
    const started = Date.now();
    const completion = await provider.complete({ prompt, model: run.options.modelOverride ?? lens.model_key ?? undefined, signal });
    const latencyMs = Date.now() - started;
    const node: NodeTrace = {
      nodeId,
      lensId: lens.id,
      modelKey: completion.modelKey,
      latencyMs,
      tokenInput: completion.tokenInput,
      tokenOutput: completion.tokenOutput,
      output: completion.text,
    };
    await emit('node.completed', { nodeId, lensId: lens.id, modelKey: completion.modelKey, latencyMs, tokenInput: completion.tokenInput, tokenOutput: completion.tokenOutput });
    return { node, completion };
  }

  private async succeed(run: RunRow, outcome: Outcome, latencyMs: number): Promise<void> {
    const artifacts: Omit<ArtifactRow, 'id' | 'created_at'>[] = [
      { run_id: run.id, artifact_kind: 'text', content_text: outcome.output, content_json: null, is_primary_output: true, visibility: 'private' },
      { run_id: run.id, artifact_kind: 'trace', content_text: null, content_json: { nodes: outcome.trace }, is_primary_output: false, visibility: 'private' },
    ];
    const tokenInput = outcome.trace.reduce((sum, n) => sum + n.tokenInput, 0);
    const tokenOutput = outcome.trace.reduce((sum, n) => sum + n.tokenOutput, 0);
    const creditCost = creditCostOf(run.options, tokenInput + tokenOutput);
    await this.knex.transaction(async (trx) => {
      const mine = await this.runs.finish(
        run,
        {
          status: 'succeeded',
          model_id: outcome.completion.modelId,
          model_key: outcome.completion.modelKey,
          provider_key: outcome.completion.providerKey,
          latency_ms: latencyMs,
          token_input: tokenInput,
          token_output: tokenOutput,
          credit_cost: creditCost,
          billing_status: billingStatusOf(run.options),
          error_code: null,
          error_message: null,
        },
        trx,
      );
      if (!mine) return this.discardLate(run);
      await this.runs.insertArtifacts(artifacts, trx);
      await this.events.append(run.id, 'artifact.created', { artifactKind: 'text', isPrimaryOutput: true }, trx);
      await this.events.append(run.id, 'run.succeeded', { status: 'succeeded', latencyMs, tokenInput, tokenOutput, creditCost }, trx);
    });
  }

  private async fail(run: RunRow, err: unknown, timedOut: boolean, latencyMs: number): Promise<void> {
    const code = timedOut ? 'run_timeout' : err instanceof RunFailure || err instanceof ProviderError ? err.code : 'internal_error';
    const message = timedOut
      ? `Run exceeded ${this.settings.runTimeoutMs} ms`
      : err instanceof RunFailure || err instanceof ProviderError
        ? err.message
        : 'The run failed unexpectedly';
    if (code === 'internal_error') this.log.error({ err, runId: run.id }, 'run failed unexpectedly');
    const status = timedOut ? 'timed_out' : 'failed';
    await this.knex.transaction(async (trx) => {
      const mine = await this.runs.finish(run, { status, latency_ms: latencyMs, error_code: code, error_message: message, billing_status: 'not_billed', credit_cost: 0 }, trx);
      if (!mine) return this.discardLate(run);
      await this.events.append(run.id, `run.${status}`, { status, errorCode: code, errorMessage: message }, trx);
    });
  }

  /** This worker was taken for lost and the run was requeued (and maybe finished) by another claim. */
  private discardLate(run: RunRow): void {
    this.log.warn({ runId: run.id, attempt: run.attempts }, 'run result discarded: the run was requeued while this worker ran it');
  }
}
