import type { ArchitectOutput, Schemas } from '../types.js';
import type { Agent, AgentContext } from './agent.js';
import type { AgentModel } from './agent-model.js';
import { componentsIn } from './cost-model.js';

const NAMES: Record<Schemas['ArchitectComponent']['kind'], string> = {
  frontend: 'web',
  backend: 'api',
  database: 'db',
  cache: 'cache',
  queue: 'worker',
  storage: 'assets',
  cdn: 'cdn',
  other: 'app',
};

const PROVIDERS: [RegExp, string][] = [
  [/vercel/i, 'vercel'],
  [/fly\.io|\bfly\b/i, 'fly'],
  [/\baws\b|amazon/i, 'aws'],
  [/\bgcp\b|google cloud/i, 'gcp'],
];

const REGIONS: [RegExp, string][] = [
  [/frankfurt|\beu\b|europe|gdpr/i, 'frankfurt'],
  [/singapore|asia/i, 'singapore'],
  [/virginia|us-east/i, 'virginia'],
];

/** Step 1: reads the intent's prose into components, a provider, a region and a complexity. */
export class ArchitectAgent implements Agent {
  readonly name = 'architect' as const;

  constructor(private readonly model: AgentModel) {}

  run({ run, signal }: AgentContext): Promise<object> {
    const intent = run.user_intent;
    const text = `${intent.description} ${intent.constraints ?? ''}`;
    const kinds = componentsIn(text);
    if (!kinds.includes('frontend') && !kinds.includes('backend')) kinds.unshift('other');
    const components = kinds.map((kind) => ({ name: NAMES[kind], kind, description: `${kind} component derived from the intent` }));
    const provider = PROVIDERS.find(([re]) => re.test(text))?.[1] ?? 'render';
    const region = REGIONS.find(([re]) => re.test(text))?.[1] ?? 'oregon';
    const target = intent.target ?? 'production';
    const complexity = components.length <= 1 ? 'low' : components.length <= 3 ? 'medium' : 'high';
    const draft: ArchitectOutput = {
      summary: `${components.map((c) => c.name).join(' + ')} on ${provider} (${region}) for ${target}.`,
      components,
      provider,
      region,
      target,
      complexity,
    };
    return this.model.refine({ agent: this.name, signal }, 'ArchitectOutput', { user_intent: intent }, draft);
  }
}
