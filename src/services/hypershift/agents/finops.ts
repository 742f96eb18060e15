import type { ArchitectOutput, FinopsOutput } from '../types.js';
import type { Agent, AgentContext } from './agent.js';
import type { AgentModel } from './agent-model.js';
import { budgetOf, costLines, total, wantsFreeTier } from './cost-model.js';

/** Step 5: prices what was deployed and checks it against the intent's constraints. */
export class FinopsAgent implements Agent {
  readonly name = 'finops' as const;

  constructor(private readonly model: AgentModel) {}

  run({ run, signal }: AgentContext): Promise<object> {
    const plan = run.architect_output as ArchitectOutput;
    const free = wantsFreeTier(run.user_intent);
    const breakdown = costLines(plan.components.map((c) => c.kind), free);
    const cost = total(breakdown);
    const budget = budgetOf(run.user_intent);
    const within = free ? cost === 0 : budget === null || cost <= budget;
    const recommendations = [
      ...(free && cost > 0 ? ['Some components have no free plan; drop them or relax the free-tier constraint.'] : []),
      ...(plan.components.some((c) => c.kind === 'database') && free ? ['Free databases expire; plan a paid instance before launch.'] : []),
    ];
    const draft: FinopsOutput = {
      estimated_monthly_cost_usd: cost,
      currency: 'USD',
      within_constraints: within,
      breakdown,
      recommendations,
      summary: `About $${cost}/month; ${within ? 'within' : 'outside'} the constraints.`,
    };
    return this.model.refine({ agent: this.name, signal }, 'FinopsOutput', { architect_output: plan, user_intent: run.user_intent }, draft);
  }
}
