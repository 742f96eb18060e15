import { randomBytes } from 'node:crypto';
import { specSchemaCompiler } from '../../core/spec-schema-compiler.js';
import { AgentModel } from '../../services/hypershift/agents/agent-model.js';
import { ArchitectAgent } from '../../services/hypershift/agents/architect.js';
import { BuilderAgent } from '../../services/hypershift/agents/builder.js';
import { FinopsAgent } from '../../services/hypershift/agents/finops.js';
import { SentinelAgent } from '../../services/hypershift/agents/sentinel.js';
import { SreAgent } from '../../services/hypershift/agents/sre.js';
import { AuditLog } from '../../services/hypershift/audit-log.js';
import { HttpDeploymentTarget, LocalDeploymentTarget, type DeploymentTarget } from '../../services/hypershift/deployment-target.js';
import { Observability } from '../../services/hypershift/observability.js';
import { Pipeline } from '../../services/hypershift/pipeline.js';
import { RunCommands } from '../../services/hypershift/run-commands.js';
import { RunLimits } from '../../services/hypershift/run-limits.js';
import { RunRecovery } from '../../services/hypershift/run-recovery.js';
import { RunStore } from '../../services/hypershift/run-store.js';
import { RunWebhooks } from '../../services/hypershift/run-webhooks.js';
import { StepQueue, stepQueueName } from '../../services/hypershift/step-queue.js';
import { SystemHealth } from '../../services/hypershift/system-health.js';
import { estimateWhatIf } from '../../services/hypershift/what-if.js';
import { WorkspaceStore } from '../../services/hypershift/workspace-store.js';
import { generatedSpec } from '../generated-spec.js';
import type { SharedDeps } from '../shared-deps.js';
import { hypershiftConfig } from './config.js';

/** The webhook key of development processes without HYPERSHIFT_WEBHOOK_SECRET; published, so never a secret. */
export const DEVELOPMENT_WEBHOOK_SECRET = 'hypershift-development-webhook-key';

/** What HyperShift's handlers receive as `ctx.services`. */
export type Services = ReturnType<typeof buildServices>;

/** Wires HyperShift's services over the shared database, queue, model providers and webhook delivery. */
export function buildServices(deps: SharedDeps) {
  const { knex, queue, providers, logger: log } = deps;
  const settings = hypershiftConfig(deps.config);
  const spec = generatedSpec('hypershift');
  const workspaces = new WorkspaceStore(knex);
  const runs = new RunStore(knex);
  const audit = new AuditLog(knex);
  const limits = new RunLimits(knex, workspaces, settings.runLimits);
  const steps = new StepQueue(queue, stepQueueName(settings.instance));
  const webhooks = new RunWebhooks(deps.webhooks, settings.instance, settings.webhookUrl);
  const local = new LocalDeploymentTarget(knex, { publicUrl: settings.publicUrl, origin: settings.origin });
  const target: DeploymentTarget =
    settings.deployTarget === 'http' && settings.deployHookUrl
      ? new HttpDeploymentTarget({ hookUrl: settings.deployHookUrl, token: settings.deployHookToken, timeoutMs: settings.deployTimeoutMs })
      : local;
  // One compiler of the spec for the agents' answers and the webhooks' payloads.
  const schemas = specSchemaCompiler(() => spec);
  const model = new AgentModel(providers, schemas);
  const agents = [new ArchitectAgent(model), new BuilderAgent(model), new SentinelAgent(model), new SreAgent(model, target), new FinopsAgent(model)];
  const pipeline = new Pipeline(knex, agents, { audit, webhooks, steps, workspaces, log, heartbeatMs: Math.max(50, Math.floor(settings.stepStaleAfterMs / 3)) });
  return {
    settings,
    spec,
    schemas,
    // Signs webhooks. Unset, development processes share a fixed, published key (so every process of a test or
    // dev setup signs alike) and production ones a random key nobody can verify with; the module warns either way.
    webhookSecret: settings.webhookSecret ?? (deps.config.nodeEnv === 'production' ? randomBytes(32).toString('hex') : DEVELOPMENT_WEBHOOK_SECRET),
    workspaces,
    runs,
    audit,
    limits,
    commands: new RunCommands(knex, { runs, limits, audit, webhooks, steps }),
    pipeline,
    steps,
    webhooks,
    recovery: new RunRecovery(knex, pipeline, steps, { staleAfterMs: settings.stepStaleAfterMs, maxAttempts: settings.stepMaxAttempts }, log),
    observability: new Observability(knex),
    health: new SystemHealth(knex, queue, providers, { backlogAfterMs: settings.stepStaleAfterMs, probeTimeoutMs: 5_000, stepQueue: steps.name }),
    deployments: local,
    whatIf: { estimate: estimateWhatIf },
  };
}
