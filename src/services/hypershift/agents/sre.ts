import type { DeploymentTarget } from '../deployment-target.js';
import type { ArchitectOutput, BuilderOutput, SreOutput } from '../types.js';
import type { Agent, AgentContext } from './agent.js';
import type { AgentModel } from './agent-model.js';

/** Where runs created before their mount was recorded were served (beside the other APIs). */
const DEFAULT_MOUNT_PATH = '/hypershift';

/** Step 4: deploys the build through the deployment target and checks that it answers. */
export class SreAgent implements Agent {
  readonly name = 'sre' as const;

  constructor(
    private readonly model: AgentModel,
    private readonly target: DeploymentTarget,
  ) {}

  async run({ run, signal }: AgentContext): Promise<object> {
    const plan = run.architect_output as ArchitectOutput;
    const build = run.builder_output as BuilderOutput;
    const environment = plan.target ?? run.user_intent.target ?? 'production';
    const mountPath = run.mount_path ?? DEFAULT_MOUNT_PATH;
    // The stop signal is honoured as in every other step: the step is handed back, and the next claim deploys again
    // (a deploy replaces the run's earlier one, so a deploy abandoned half way is harmless).
    signal?.throwIfAborted();
    const deployed = await this.target.deploy({ runId: run.id, workspaceId: run.workspace_id, environment, artifacts: build.artifacts, origin: run.origin ?? undefined, mountPath }, signal);
    signal?.throwIfAborted();
    const healthy = await this.target.check(deployed, signal);
    const draft: SreOutput = {
      deployed: true,
      deployment_url: deployed.url,
      environment,
      strategy: environment === 'production' ? 'rolling' : 'recreate',
      health_check: healthy ? 'passed' : 'failed',
      rollback_plan: `Redeploy the previous build via POST /runs/${run.id}/rollback.`,
      summary: `Deployed to ${environment} on the ${deployed.target} target; health check ${healthy ? 'passed' : 'failed'}.`,
      target: deployed.target,
    };
    // What was deployed is a fact the model cannot change: it only comments.
    return this.model.refine({ agent: this.name, signal }, 'SreOutput', { environment, target: deployed.target }, draft, (facts) => facts);
  }
}
