import type { ExecutionOptions, ExecutionStep } from './executions.js';
import type { WorkflowData } from './views.js';

type Node = WorkflowData['nodes'][number];

/** The host said the execution is no longer running (an undeploy cancelled it): the walk stops at its next step. */
export class Cancelled extends Error {}
class TimedOut extends Error {}

export type ModelRequest = { prompt: string; model?: string; provider?: string };
export type ModelAnswer = { text: string; provider: string; model: string; tokens: number };
export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL';

/** What the walk needs from whoever runs it: a place to record progress, the model provider and a log. */
export type WalkHost = {
  /** Records the steps so far; rejects with Cancelled when the execution is no longer running. */
  advance(change: { steps: ExecutionStep[]; progress: number; current_step: string }): Promise<void>;
  complete(request: ModelRequest): Promise<ModelAnswer>;
  log(level: LogLevel, message: string): void;
};

export type WalkResult = {
  status: 'completed' | 'failed';
  steps: ExecutionStep[];
  output: Record<string, unknown> | null;
  error_message: string | null;
  resource_usage: { cpu_time: number; memory_peak: number; execution_time: number };
};

/**
 * Walks a workflow in dependency order. `input` passes the input on; `llm`/`model`/`agent` nodes ask the model
 * provider; `wait` sleeps `data.ms`; `fail` fails (to exercise retries and failures); any other node type passes its
 * inputs through. Each node is retried up to `retry_count` times; the whole run is bounded by `timeout`. Usage is
 * this process's own: the agent process runs it, so it is the agent's CPU time and memory.
 */
export async function walkWorkflow(
  execution: { id: string; workflow_version: number; input: Record<string, unknown>; options: ExecutionOptions },
  graph: WorkflowData,
  host: WalkHost,
): Promise<WalkResult> {
  const started = Date.now();
  const cpuBefore = process.cpuUsage();
  let memoryPeak = process.memoryUsage().rss;
  const deadline = started + execution.options.timeout;
  const order = topologicalOrder(graph);
  // A graph with a cycle is refused when saved; one stored before that check fails here instead of running the
  // nodes outside the cycle and reporting them as the whole workflow.
  if (order.length < graph.nodes.length) {
    const cycle = findCycle(graph);
    const message = `Workflow graph has a cycle (${cycle ? cycle.path.join(' -> ') : 'nodes that depend on each other'}); no step was run`;
    host.log('ERROR', `Execution ${execution.id}: ${message}`);
    return { status: 'failed', steps: [], output: null, error_message: message, resource_usage: { cpu_time: 0, memory_peak: Math.round(memoryPeak / 1048576), execution_time: 0 } };
  }
  const outputs = new Map<string, Record<string, unknown>>();
  const steps: ExecutionStep[] = [];
  host.log('INFO', `Execution ${execution.id} started (workflow version 1.${execution.workflow_version}.0)`);
  let failure: Error | undefined;
  try {
    for (const [index, node] of order.entries()) {
      const step: ExecutionStep = { node_id: node.id, status: 'running', started_at: new Date().toISOString(), completed_at: null, output: null };
      steps.push(step);
      await host.advance({ steps: steps.map(traceOf), progress: Math.floor((index * 100) / order.length), current_step: node.id });
      const input = inputsOf(node, graph, outputs, execution.input);
      let attempt = 0;
      for (;;) {
        try {
          step.output = await withDeadline(() => runNode(node, input, host), deadline);
          break;
        } catch (err) {
          if (err instanceof TimedOut || attempt >= execution.options.retry_count) {
            step.status = 'failed';
            step.completed_at = new Date().toISOString();
            step.attempts = attempt + 1;
            throw err;
          }
          attempt += 1;
          host.log('WARNING', `Node ${node.id} failed (${(err as Error).message}); retry ${attempt} of ${execution.options.retry_count}`);
        }
      }
      step.status = 'completed';
      step.completed_at = new Date().toISOString();
      if (attempt > 0) step.attempts = attempt + 1;
      outputs.set(node.id, step.output!);
      memoryPeak = Math.max(memoryPeak, process.memoryUsage().rss);
    }
  } catch (err) {
    if (err instanceof Cancelled) throw err;
    failure = err instanceof TimedOut ? new Error(`Execution exceeded its timeout of ${execution.options.timeout} ms`) : (err as Error);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const last = order.at(-1);
  return {
    status: failure ? 'failed' : 'completed',
    steps: withinOutputBudget(steps),
    output: failure ? null : last ? outputs.get(last.id) ?? {} : {},
    error_message: failure?.message ?? null,
    resource_usage: {
      cpu_time: (cpu.user + cpu.system) / 1e6,
      memory_peak: Math.round(Math.max(memoryPeak, process.memoryUsage().rss) / 1048576),
      execution_time: (Date.now() - started) / 1000,
    },
  };
}

/**
 * A step as recorded while the execution runs: its status and times, its `output` left for the final record
 * (decision 34). Every step is recorded again at each step, so outputs there made a run's cost grow with the square
 * of its node count times its data: a 200-node chain given 400 KB ran for minutes and slowed every other request.
 */
const traceOf = ({ output: _output, ...step }: ExecutionStep): ExecutionStep => ({ ...step, output: null });

/** What the step outputs of an execution's final record may hold together, serialized (decision 35). */
export const STEP_OUTPUTS_MAX_BYTES = 1024 * 1024;

/**
 * The steps as the final record keeps them: outputs in step order while they fit in STEP_OUTPUTS_MAX_BYTES
 * together; from the first that does not, each later step has `output` null and `output_omitted` true. Nodes that
 * pass their input on each hold a copy of it, so a 200-node chain given 900 KB recorded 180 MB: the record jammed
 * the database for minutes (every other request failed meanwhile) and reading it returned all of it.
 */
export function withinOutputBudget(steps: ExecutionStep[], maxBytes = STEP_OUTPUTS_MAX_BYTES): ExecutionStep[] {
  let left = maxBytes;
  return steps.map((step) => {
    if (step.output === null) return step;
    const bytes = left < 0 ? Infinity : Buffer.byteLength(JSON.stringify(step.output));
    left -= bytes;
    return left < 0 ? { ...step, output: null, output_omitted: true } : step;
  });
}

async function runNode(node: Node, input: Record<string, unknown>, host: WalkHost): Promise<Record<string, unknown>> {
  const data = node.data ?? {};
  switch (node.type) {
    case 'input':
      return { ...input };
    case 'llm':
    case 'model':
    case 'agent': {
      const prompt = fill(typeof data.prompt === 'string' ? data.prompt : data.prompt == null ? 'Respond to: {{input}}' : asText(data.prompt), input);
      return host.complete({ prompt, model: typeof data.model === 'string' ? data.model : undefined, provider: typeof data.provider === 'string' ? data.provider : undefined });
    }
    case 'wait': {
      const ms = waitMs(data.ms);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return { waited_ms: ms, ...input };
    }
    case 'fail':
      throw new Error(String(data.message ?? `Node ${node.id} failed`));
    default:
      return { ...input };
  }
}

/** The longest timer Node keeps: a longer one (or Infinity) fires at once, as if it had waited nothing. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A wait node's `ms`: anything not a number is no wait, and any longer wait than a timer holds is the longest one (the execution's timeout ends it). */
function waitMs(value: unknown): number {
  const ms = Number(value ?? 0);
  if (Number.isNaN(ms) || ms <= 0) return 0;
  return Math.min(ms, MAX_TIMER_MS);
}

/**
 * A cycle of the graph, if it has one: the index of an edge that closes it and the node ids along it, first node
 * repeated at the end (`['a', 'b', 'a']`; a self edge is `['a', 'a']`). Depth first in declaration order, without
 * recursion, so a long chain cannot overflow the stack. Edges to unknown nodes are ignored (checked elsewhere).
 */
export function findCycle(data: WorkflowData): { edge: number; path: string[] } | null {
  const out = new Map<string, number[]>(data.nodes.map((n) => [n.id, []]));
  data.edges.forEach((e, i) => {
    if (out.has(e.target)) out.get(e.source)?.push(i);
  });
  const state = new Map<string, 'open' | 'done'>();
  for (const root of data.nodes) {
    if (state.has(root.id)) continue;
    const stack: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    state.set(root.id, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const edges = out.get(top.id)!;
      if (top.next >= edges.length) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const edge = edges[top.next++];
      const target = data.edges[edge].target;
      const seen = state.get(target);
      if (seen === 'open') {
        const from = stack.findIndex((f) => f.id === target);
        return { edge, path: [...stack.slice(from).map((f) => f.id), target] };
      }
      if (seen === undefined) {
        state.set(target, 'open');
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return null;
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

/**
 * A prompt's `{{name}}`: the input's own property of that name, else a dotted path through its own properties
 * (`{{order.id}}`); `{{input}}` is the whole input. Objects are written as JSON. Only own properties: `{{constructor}}`
 * wrote out Object's source, and an object value was `[object Object]`.
 */
function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, key: string) => {
    if (key === 'input') return JSON.stringify(values);
    return asText(Object.hasOwn(values, key) ? values[key] : key.split('.').reduce<unknown>(ownProperty, values));
  });
}

const ownProperty = (value: unknown, name: string): unknown =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;

const asText = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

function withDeadline<T>(start: () => Promise<T>, deadline: number): Promise<T> {
  // Checked before the node starts: a node that ends at once wins the race below however late it began, so a run
  // of quick steps (each recorded in the database) would otherwise outlive its timeout by any amount.
  if (Date.now() >= deadline) return Promise.reject(new TimedOut());
  const work = start();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
