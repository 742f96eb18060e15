import { specSchemaCompiler } from '../../core/spec-schema-compiler.js';
import { SpecWebhookSchemas } from '../../core/webhooks/webhook-schemas.js';
import { JobExecutor } from '../../services/hybrid/job-executor.js';
import { JobFinisher } from '../../services/hybrid/job-finisher.js';
import { JobRecovery } from '../../services/hybrid/job-recovery.js';
import { JobRepository } from '../../services/hybrid/job-repository.js';
import { JobStatusReader } from '../../services/hybrid/job-status.js';
import { JobSubmission } from '../../services/hybrid/job-submission.js';
import { ModelCaller } from '../../services/hybrid/model-caller.js';
import { ModelCatalogue } from '../../services/hybrid/model-catalogue.js';
import { ModelHealth } from '../../services/hybrid/model-health.js';
import { TokenCipher } from '../../services/hybrid/token-cipher.js';
import { TokenStore } from '../../services/hybrid/token-store.js';
import { WorkflowBodyReader } from '../../services/hybrid/workflow-body.js';
import { WorkflowStore } from '../../services/hybrid/workflow-store.js';
import { generatedSpec } from '../generated-spec.js';
import type { SharedDeps } from '../shared-deps.js';
import { hybridConfig, secretSetting, tokenKeySettings } from './config.js';

/** What Hybrid Thinking's handlers receive as `ctx.services`. */
export type Services = ReturnType<typeof buildServices>;

/** Wires Hybrid Thinking's services over the server's database, queue, model providers and webhook delivery. */
export function buildServices(deps: SharedDeps) {
  const { knex, queue, providers, config, logger, webhooks } = deps;
  const settings = hybridConfig(config);
  const keys = tokenKeySettings(config);
  const tokens = new TokenStore(knex, new TokenCipher(keys.current, keys.previous));
  const openai = { baseUrl: config.openai.baseUrl, apiKey: config.openai.apiKey, timeoutMs: config.openai.timeoutMs };
  const catalogue = new ModelCatalogue(providers, tokens, { openaiModels: settings.openaiModels, openai });
  const jobs = new JobRepository(knex);
  const finisher = new JobFinisher(knex, jobs, webhooks);
  const workflows = new WorkflowStore(knex, catalogue, webhooks);
  const spec = generatedSpec('hybrid');
  // One compiler of the spec for YAML workflows and callback payloads.
  const schemas = specSchemaCompiler(() => spec);
  const caller = new ModelCaller(catalogue, { timeoutMs: settings.modelTimeoutMs, pricing: settings.pricing });
  return {
    settings,
    webhookSecret: secretSetting(config, 'HYBRID_WEBHOOK_SECRET', 'hybrid-webhook-secret'),
    tokens,
    catalogue,
    health: new ModelHealth(catalogue, { baseUrl: config.openai.baseUrl, timeoutMs: settings.healthTimeoutMs, cacheMs: settings.healthCacheMs }),
    workflows,
    workflowBodies: new WorkflowBodyReader(schemas),
    webhookSchemas: new SpecWebhookSchemas(spec, schemas),
    jobs,
    submission: new JobSubmission(knex, jobs, workflows, catalogue, queue, webhooks),
    status: new JobStatusReader(jobs, webhooks.store),
    executor: new JobExecutor(knex, queue, jobs, caller, catalogue, finisher, { heartbeatMs: 5_000, synthesisModel: settings.synthesisModel }, logger),
    recovery: new JobRecovery(knex, jobs, finisher, queue, settings.jobStaleAfterMs, logger),
  };
}
