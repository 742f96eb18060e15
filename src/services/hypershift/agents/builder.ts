import type { ArchitectOutput, BuildArtifact, BuilderOutput } from '../types.js';
import type { Agent, AgentContext } from './agent.js';
import type { AgentModel } from './agent-model.js';

/** `NAME=value` pairs written in the intent become the service's environment, as a user would expect. */
const ENV_ASSIGNMENT = /\b([A-Z][A-Z0-9_]{2,})=(\S+)/g;

/** Step 2: writes the files that build and deploy the architect's plan. */
export class BuilderAgent implements Agent {
  readonly name = 'builder' as const;

  constructor(private readonly model: AgentModel) {}

  run({ run, signal }: AgentContext): Promise<object> {
    const plan = run.architect_output as ArchitectOutput;
    const intent = run.user_intent;
    const text = `${intent.description} ${intent.constraints ?? ''}`;
    const kinds = new Set(plan.components.map((c) => c.kind));
    const frontend = kinds.has('frontend');
    const env = [...text.matchAll(ENV_ASSIGNMENT)].map(([, key, value]) => ({ key, value }));
    const artifacts: BuildArtifact[] = [
      {
        path: 'Dockerfile',
        type: 'dockerfile',
        description: 'Node 20 image running as an unprivileged user',
        content: ['FROM node:20-alpine', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', 'USER node', `CMD ["npm", "start"]`, ''].join('\n'),
      },
      { path: `${plan.provider}.yaml`, type: 'iac', description: `${plan.provider} blueprint`, content: blueprint(plan, env, /public/i.test(text)) },
      {
        path: '.github/workflows/deploy.yml',
        type: 'ci',
        description: 'Build and deploy on push to main',
        content: ['on:', '  push:', '    branches: [main]', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: npm ci && npm run build', ''].join('\n'),
      },
    ];
    const draft: BuilderOutput = {
      summary: `Generated ${artifacts.map((a) => a.path).join(', ')}.`,
      artifacts,
      build_command: frontend ? 'npm run build' : 'npm ci',
      image: null,
    };
    return this.model.refine({ agent: this.name, signal }, 'BuilderOutput', { user_intent: intent, architect_output: plan }, draft);
  }
}

function blueprint(plan: ArchitectOutput, env: { key: string; value: string }[], publicStorage: boolean): string {
  const lines = ['services:'];
  for (const c of plan.components.filter((c) => c.kind === 'frontend' || c.kind === 'backend' || c.kind === 'other' || c.kind === 'queue')) {
    lines.push(`  - name: ${c.name}`, `    type: ${c.kind === 'queue' ? 'worker' : 'web'}`, `    region: ${plan.region ?? 'oregon'}`, `    env: ${plan.target ?? 'production'}`);
    if (env.length > 0) lines.push('    envVars:', ...env.flatMap(({ key, value }) => [`      - key: ${key}`, `        value: ${value}`]));
  }
  for (const c of plan.components.filter((c) => c.kind === 'database' || c.kind === 'cache')) lines.push(`  - name: ${c.name}`, `    type: ${c.kind === 'database' ? 'postgres' : 'redis'}`);
  for (const c of plan.components.filter((c) => c.kind === 'storage')) {
    lines.push('buckets:', `  - name: ${c.name}`, `    acl: ${publicStorage ? 'public-read' : 'private'}`);
  }
  return `${lines.join('\n')}\n`;
}
