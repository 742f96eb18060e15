import type { BuilderOutput, Schemas, SentinelOutput } from '../types.js';
import type { Agent, AgentContext } from './agent.js';
import type { AgentModel } from './agent-model.js';

type Finding = Schemas['SentinelFinding'];
type Risk = Schemas['RiskLevel'];

const RISK_ORDER: Risk[] = ['low', 'medium', 'high', 'critical'];
const VERDICT_ORDER: SentinelOutput['verdict'][] = ['pass', 'warn', 'block'];
const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL/;
/** A value that refers to a secret store instead of holding the secret. */
const REFERENCE = /^\$\{|^\$[A-Z_]|^fromSecret|^secret:/i;

/**
 * Step 3: reviews the builder's artifacts and the run's circumstances against the policy (decision 24). A
 * blocking finding stops the run `blocked`, and no approval can lift that.
 */
export class SentinelAgent implements Agent {
  readonly name = 'sentinel' as const;

  constructor(private readonly model: AgentModel) {}

  run({ run, tier, signal }: AgentContext): Promise<object> {
    const build = run.builder_output as BuilderOutput;
    const findings: (Finding & { blocking: boolean })[] = [];
    for (const artifact of build.artifacts) {
      const content = artifact.content ?? '';
      for (const [, key, value] of content.matchAll(/- key: (\S+)\n\s+value: (\S+)/g)) {
        if (SECRET_NAME.test(key) && !REFERENCE.test(value)) {
          findings.push({ severity: 'critical', category: 'security', message: `Secret ${key} is written in plain text into the configuration`, artifact: artifact.path, blocking: true });
        }
      }
      if (/acl:\s*public-read/.test(content)) {
        findings.push({ severity: 'high', category: 'compliance', message: 'Storage bucket is publicly readable', artifact: artifact.path, blocking: true });
      }
      if (artifact.type === 'dockerfile' && !/^USER\s+(?!root)\S+/m.test(content)) {
        findings.push({ severity: 'medium', category: 'security', message: 'Container runs as root', artifact: artifact.path, blocking: false });
      }
    }
    const production = (run.user_intent.target ?? 'production') === 'production';
    // A warning, not a block: the seed's own example is a production deploy under "free tier only" constraints
    // without the gate, and a block without the gate is final (nothing can approve it).
    if (production && tier === 'free') {
      const message = run.require_approval
        ? 'Production deploy from a free-tier workspace; allowed behind the approval gate'
        : 'Production deploy from a free-tier workspace without the approval gate; the pro tier or require_approval is advised';
      findings.push({ severity: 'medium', category: 'policy', message, artifact: null, blocking: false });
    }
    const verdict: SentinelOutput['verdict'] = findings.some((f) => f.blocking) ? 'block' : findings.length > 0 ? 'warn' : 'pass';
    const draft: SentinelOutput = {
      verdict,
      risk_level: findings.reduce<Risk>((max, f) => maxOf(RISK_ORDER, max, f.severity), 'low'),
      findings: findings.map(({ blocking: _blocking, ...f }) => f),
      summary: verdict === 'pass' ? 'No issues found.' : `${findings.length} finding(s); ${verdict === 'block' ? 'blocking' : 'none blocking'}.`,
    };
    // The model may add findings and raise the verdict, never lower what the rules decided.
    return this.model.refine({ agent: this.name, signal }, 'SentinelOutput', { builder_output: build, tier, require_approval: run.require_approval }, draft, (rules, answer) => ({
      ...answer,
      verdict: maxOf(VERDICT_ORDER, rules.verdict, answer.verdict),
      risk_level: maxOf(RISK_ORDER, rules.risk_level, answer.risk_level),
      findings: [...rules.findings, ...answer.findings],
    }));
  }
}

function maxOf<T>(order: T[], a: T, b: T): T {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}
