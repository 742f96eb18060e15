import { MAX_PROMPT_CHARS, placeholdersOf, renderedLength, renderTemplate } from './templates.js';

export type GenerateStep = { name: string; models: string[]; prompt_template: string; output_var: string; input_vars?: string[] };
export type SynthesizeStep = { name: string; model: string; prompt_template: string; output_var: string; input_vars?: string[] };

/** The spec's WorkflowDefinition, after schema validation. */
export type WorkflowDefinition = {
  workflow_name: string;
  description?: string;
  stages: { generate: { parallel?: boolean; steps: GenerateStep[] }; synthesize: SynthesizeStep };
  execution_modes?: { api?: { webhook_url?: string } } & Record<string, unknown>;
};

export type Problem = { path: string; message: string };

/** What a step reads: its `input_vars` and the placeholders of its template. */
export const readsOf = (step: { input_vars?: string[]; prompt_template: string }) => [...new Set([...(step.input_vars ?? []), ...placeholdersOf(step.prompt_template)])];

/** A generate stage runs its steps together unless it says otherwise (the spec's default). */
export const isParallel = (definition: WorkflowDefinition) => definition.stages.generate.parallel !== false;

/** The distinct models of the generate steps, in declaration order: a workflow job's `requestedModels`. */
export const generateModels = (definition: WorkflowDefinition) => [...new Set(definition.stages.generate.steps.flatMap((s) => s.models))];

/** Variables some generate step reads and no generate step writes: what `POST /run-workflow` must supply. */
export function workflowInputs(definition: WorkflowDefinition): string[] {
  const written = new Set(definition.stages.generate.steps.map((s) => s.output_var));
  return [...new Set(definition.stages.generate.steps.flatMap(readsOf))].filter((v) => !written.has(v));
}

/** A step whose prompt would be longer than MAX_PROMPT_CHARS: it is neither built nor sent. */
export class PromptTooLong extends Error {
  constructor(
    readonly step: string,
    readonly chars: number,
  ) {
    super(`The prompt of step ${step} would be ${chars} characters, over the limit of ${MAX_PROMPT_CHARS}`);
  }
}

/** A step's prompt from these variables; PromptTooLong, before anything is built, when it would be over the limit. */
export function stepPrompt(step: GenerateStep | SynthesizeStep, variables: Record<string, string>): string {
  const reads = readsOf(step);
  const chars = renderedLength(step.prompt_template, variables, reads);
  if (chars > MAX_PROMPT_CHARS) throw new PromptTooLong(step.name, chars);
  return renderTemplate(step.prompt_template, variables, reads);
}

/**
 * The generate steps whose prompt the input variables alone already make longer than MAX_PROMPT_CHARS (the outputs
 * of earlier steps only add to it), so `POST /run-workflow` refuses them instead of the job failing later. An
 * input named like a step's output is left out: the output replaces it before any step reads it.
 */
export function oversizedPrompts(definition: WorkflowDefinition, inputs: Record<string, string>): PromptTooLong[] {
  const { steps } = definition.stages.generate;
  const written = new Set(steps.map((s) => s.output_var));
  const given = Object.fromEntries(Object.entries(inputs).filter(([name]) => !written.has(name)));
  return steps.flatMap((step) => {
    const chars = renderedLength(step.prompt_template, given, readsOf(step));
    return chars > MAX_PROMPT_CHARS ? [new PromptTooLong(step.name, chars)] : [];
  });
}

/**
 * Every problem with a definition that passed its schema, each at the JSON pointer of what causes it: unknown
 * or reused models, duplicate step names or output variables, a step reading what only a later step (or, in a
 * parallel stage, any other step) writes, and a synthesis input that no generate step writes.
 */
export function checkWorkflow(definition: WorkflowDefinition, knownModels: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const { steps } = definition.stages.generate;
  const synth = definition.stages.synthesize;
  const stepPath = (i: number) => `/stages/generate/steps/${i}`;
  const modelOwner = new Map<string, string>();
  const names = new Map<string, string>();
  const writers = new Map<string, number>();

  steps.forEach((step, i) => {
    step.models.forEach((model, j) => {
      if (!knownModels.has(model)) problems.push({ path: `${stepPath(i)}/models/${j}`, message: `model ${model} is not listed by GET /models` });
      else if (modelOwner.has(model)) problems.push({ path: `${stepPath(i)}/models/${j}`, message: `model ${model} is already used by step ${modelOwner.get(model)}` });
      else modelOwner.set(model, step.name);
    });
    if (names.has(step.name)) problems.push({ path: `${stepPath(i)}/name`, message: `step name ${step.name} is used more than once` });
    names.set(step.name, `${stepPath(i)}/name`);
    if (writers.has(step.output_var)) problems.push({ path: `${stepPath(i)}/output_var`, message: `variable ${step.output_var} is written by more than one step` });
    else writers.set(step.output_var, i);
  });
  if (!knownModels.has(synth.model)) problems.push({ path: '/stages/synthesize/model', message: `model ${synth.model} is not listed by GET /models` });
  if (names.has(synth.name)) problems.push({ path: '/stages/synthesize/name', message: `step name ${synth.name} is used more than once` });
  if (writers.has(synth.output_var)) problems.push({ path: '/stages/synthesize/output_var', message: `variable ${synth.output_var} is written by more than one step` });
  else {
    // An input of the run: the synthesis would replace it in the job's variables, and the input given was lost.
    const reader = steps.find((step) => readsOf(step).includes(synth.output_var));
    if (reader) problems.push({ path: '/stages/synthesize/output_var', message: `variable ${synth.output_var} is an input of step ${reader.name}; the synthesis output would replace it` });
  }

  const parallel = isParallel(definition);
  steps.forEach((step, i) => {
    const inputVars = step.input_vars ?? [];
    for (const variable of readsOf(step)) {
      const writer = writers.get(variable);
      if (writer === undefined) continue;
      if (writer >= i || parallel) {
        const at = inputVars.indexOf(variable);
        const path = at >= 0 ? `${stepPath(i)}/input_vars/${at}` : `${stepPath(i)}/prompt_template`;
        const why = parallel ? 'steps of a parallel stage cannot read each other' : `only step ${steps[writer].name}, at or after this one, writes it`;
        problems.push({ path, message: `reads ${variable}, which no earlier step writes (${why})` });
      }
    }
  });
  const synthInputs = synth.input_vars ?? [];
  for (const variable of readsOf(synth)) {
    if (writers.has(variable)) continue;
    const at = synthInputs.indexOf(variable);
    problems.push({ path: at >= 0 ? `/stages/synthesize/input_vars/${at}` : '/stages/synthesize/prompt_template', message: `reads ${variable}, which no generate step writes` });
  }
  return problems;
}

/** `value`'s own properties of these names that are present; nothing else. */
function pick<T extends object, K extends string>(value: T | undefined, keys: readonly K[]): Partial<Record<K, unknown>> | undefined {
  if (value === undefined) return undefined;
  const source = value as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => Object.hasOwn(source, k) && source[k] !== undefined).map((k) => [k, source[k]])) as Partial<Record<K, unknown>>;
}

const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * The definition with only the properties WorkflowDefinition names, at every level: unknown request properties are
 * ignored (decision 16), so they are neither stored nor returned by GET /workflows/{name}.
 */
export function knownProperties(definition: WorkflowDefinition): WorkflowDefinition {
  const { generate, synthesize } = definition.stages;
  const modes = definition.execution_modes as Record<string, object | undefined> | undefined;
  return withoutUndefined({
    workflow_name: definition.workflow_name,
    description: definition.description,
    stages: {
      generate: withoutUndefined({
        parallel: generate.parallel,
        steps: generate.steps.map((step) => pick(step, ['name', 'models', 'prompt_template', 'output_var', 'input_vars'] as const) as GenerateStep),
      }),
      synthesize: pick(synthesize, ['name', 'model', 'prompt_template', 'input_vars', 'output_var'] as const) as SynthesizeStep,
    },
    execution_modes:
      modes &&
      withoutUndefined({
        web: pick(modes.web, ['realtime_updates', 'persistence'] as const),
        cli: pick(modes.cli, ['output_format', 'output_path'] as const),
        api: pick(modes.api, ['response_format', 'webhook_url'] as const),
      }),
  }) as WorkflowDefinition;
}

/** The definition with the generate stage's `parallel` default written out, as it is stored and returned. */
export function withDefaults(definition: WorkflowDefinition): WorkflowDefinition & { stages: { generate: { parallel: boolean } } } {
  const generate = { ...definition.stages.generate, parallel: isParallel(definition) };
  return { ...definition, stages: { ...definition.stages, generate } };
}
