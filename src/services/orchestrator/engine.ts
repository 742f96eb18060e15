import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { ProviderRegistry } from '../model-providers/provider-registry.js';
import type { Publish } from './deployments.js';
import { executionUpdate, type ExecutionRow, type ExecutionStep } from './executions.js';
import { agentAudience } from './realtime.js';
import type { ContainerRuntime } from './runtime.js';
import type { WorkflowData } from './views.js';

type Node = WorkflowData['nodes'][number];
type Step = ExecutionStep;

class Cancelled extends Error {}
class TimedOut extends Error {}

/**
 * The local execution engine: walks the workflow version the execution was started on, in dependency order.
 * `input` passes the input on; `llm`/`model`/`agent` nodes ask the model provider (the deterministic local one
 * unless configured); `wait` sleeps `data.ms`; `fail` fails (to exercise retries and failures); any other node type
 * passes its inputs through. Each node is retried up to `retry_count` times; the whole run is bounded by `timeout`.
 * Every step is written with a conditional update (`status = 'running'`), so an undeploy that cancelled the
 * execution stops it at its next step.
 */
export class ExecutionEngine {
  constructor(
    private readonly knex: Knex,
    private readonly providers: ProviderRegistry,
    private readonly runtime: ContainerRuntime,
    private readonly publish: Publish,
    private readonly log: Logger,
  ) {}

  async run(executionId: string): Promise<void> {
    const [execution]: ExecutionRow[] = await this.knex('orch_executions').where({ id: executionId, status: 'pending' }).update({ status: 'running' }).returning('*');
    if (!execution) return;
    const audience = agentAudience(execution);
    await this.publish(executionUpdate(execution), audience);
    const version: { workflow_data: WorkflowData } = await this.knex('orch_workflow_versions')
      .where({ workflow_id: execution.workflow_id, version_minor: execution.workflow_version })
      .first('workflow_data');
    const started = Date.now();
    const cpuBefore = process.cpuUsage();
    let memoryPeak = process.memoryUsage().rss;
    const deadline = started + execution.options.timeout;
    const order = topologicalOrder(version.workflow_data);
    const outputs = new Map<string, Record<string, unknown>>();
    const steps: Step[] = [];
    await this.containerLog(execution, 'INFO', `Execution ${execution.id} started (workflow version 1.${execution.workflow_version}.0)`);
    let failure: Error | undefined;
    try {
      for (const [index, node] of order.entries()) {
        const step: Step = { node_id: node.id, status: 'running', started_at: new Date().toISOString(), completed_at: null, output: null };
        steps.push(step);
        await this.advance(execution, { steps, progress: Math.floor((index * 100) / order.length), current_step: node.id }, audience);
        const input = inputsOf(node, version.workflow_data, outputs, execution.input);
        let attempt = 0;
        for (;;) {
          try {
            step.output = await withDeadline(this.runNode(node, input), deadline);
            break;
          } catch (err) {
            if (err instanceof TimedOut || attempt >= execution.options.retry_count) {
              step.status = 'failed';
              step.completed_at = new Date().toISOString();
              step.attempts = attempt + 1;
              throw err;
            }
            attempt += 1;
            await this.containerLog(execution, 'WARNING', `Node ${node.id} failed (${(err as Error).message}); retry ${attempt} of ${execution.options.retry_count}`);
          }
        }
        step.status = 'completed';
        step.completed_at = new Date().toISOString();
        if (attempt > 0) step.attempts = attempt + 1;
        outputs.set(node.id, step.output!);
        memoryPeak = Math.max(memoryPeak, process.memoryUsage().rss);
      }
    } catch (err) {
      if (err instanceof Cancelled) return;
      failure = err instanceof TimedOut ? new Error(`Execution exceeded its timeout of ${execution.options.timeout} ms`) : (err as Error);
    }
    const cpu = process.cpuUsage(cpuBefore);
    const usage = {
      cpu_time: (cpu.user + cpu.system) / 1e6,
      memory_peak: Math.round(Math.max(memoryPeak, process.memoryUsage().rss) / 1048576),
      execution_time: (Date.now() - started) / 1000,
    };
    const last = order.at(-1);
    const final = {
      status: failure ? 'failed' : 'completed',
      progress: 100,
      current_step: null,
      steps: JSON.stringify(steps),
      output: failure ? null : JSON.stringify(last ? outputs.get(last.id) ?? {} : {}),
      error_message: failure?.message ?? null,
      resource_usage: JSON.stringify(usage),
      completed_at: this.knex.fn.now(),
    };
    const [done]: ExecutionRow[] = await this.knex('orch_executions').where({ id: execution.id, status: 'running' }).update(final).returning('*');
    if (!done) return;
    await this.containerLog(execution, failure ? 'ERROR' : 'INFO', `Execution ${execution.id} ${done.status}${failure ? `: ${failure.message}` : ''}`);
    await this.publish(executionUpdate(done), audience);
  }

  private async advance(execution: ExecutionRow, change: { steps: Step[]; progress: number; current_step: string }, audience: string[]): Promise<void> {
    const [row]: ExecutionRow[] = await this.knex('orch_executions')
      .where({ id: execution.id, status: 'running' })
      .update({ steps: JSON.stringify(change.steps), progress: change.progress, current_step: change.current_step })
      .returning('*');
    if (!row) throw new Cancelled();
    await this.publish(executionUpdate(row), audience);
  }

  private async runNode(node: Node, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    const data = node.data ?? {};
    switch (node.type) {
      case 'input':
        return { ...input };
      case 'llm':
      case 'model':
      case 'agent': {
        const prompt = fill(String(data.prompt ?? 'Respond to: {{input}}'), input);
        const completion = await this.providers.get(typeof data.provider === 'string' ? data.provider : undefined).complete({ prompt, model: typeof data.model === 'string' ? data.model : undefined });
        return { text: completion.text, provider: completion.providerKey, model: completion.modelKey, tokens: completion.tokenInput + completion.tokenOutput };
      }
      case 'wait': {
        const ms = Math.max(0, Number(data.ms ?? 0));
        await new Promise((resolve) => setTimeout(resolve, ms));
        return { waited_ms: ms, ...input };
      }
      case 'fail':
        throw new Error(String(data.message ?? `Node ${node.id} failed`));
      default:
        return { ...input };
    }
  }

  private async containerLog(execution: ExecutionRow, level: 'INFO' | 'WARNING' | 'ERROR', message: string): Promise<void> {
    if (!execution.container_id) return;
    await this.runtime.log(execution.container_id, level, message, 'workflow').catch((err) => this.log.warn({ err }, 'container log failed'));
  }
}

/** Nodes in dependency order (Kahn), ties in declaration order; nodes on a cycle are left out rather than looping. */
function topologicalOrder(data: WorkflowData): Node[] {
  const incoming = new Map(data.nodes.map((n) => [n.id, 0]));
  for (const e of data.edges) incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
  const ready = data.nodes.filter((n) => incoming.get(n.id) === 0);
  const order: Node[] = [];
  while (ready.length > 0) {
    const node = ready.shift()!;
    order.push(node);
    for (const e of data.edges.filter((edge) => edge.source === node.id)) {
      const left = incoming.get(e.target)! - 1;
      incoming.set(e.target, left);
      if (left === 0) ready.push(data.nodes.find((n) => n.id === e.target)!);
    }
  }
  return order;
}

/** A node's input: the execution input for a root, else its predecessors' outputs merged in edge order. */
function inputsOf(node: Node, data: WorkflowData, outputs: Map<string, Record<string, unknown>>, input: Record<string, unknown>): Record<string, unknown> {
  const sources = data.edges.filter((e) => e.target === node.id).map((e) => outputs.get(e.source) ?? {});
  return sources.length === 0 ? input : Object.assign({}, ...sources);
}

function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, key: string) => (key === 'input' ? JSON.stringify(values) : String(values[key] ?? '')));
}

function withDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
