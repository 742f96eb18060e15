import { join } from 'node:path';
import { webhookQueueName } from '../../core/webhooks/webhook-delivery.js';
import { repoRoot } from '../../paths.js';
import { HYBRID_JOB_QUEUE, type HybridJob } from '../../services/hybrid/job-executor.js';
import { HYBRID_WEBHOOKS, JOB_FINISHED_EVENT } from '../../services/hybrid/job-finisher.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { hybridPlugin } from './plugin.js';
import { buildServices, type Services } from './services.js';

const RECOVERY_SWEEP_MS = 15_000;

/** The spec's delivery promise for callbacks: 4 attempts, waits of 1 s, 4 s and 16 s. */
const CALLBACK_RETRY = { maxAttempts: 4, initialDelayMs: 1_000, factor: 4 };

/** Hybrid Thinking: sealed provider tokens, multi-model jobs on the queue with synthesis, YAML workflows, signed callbacks. */
export const hybridModule: Module<Services> = {
  slug: 'hybrid',
  specFile: generatedSpecFile('hybrid'),
  migrationsDir: join(repoRoot, 'src', 'apis', 'hybrid', 'migrations'),
  queues: [HYBRID_JOB_QUEUE, webhookQueueName(HYBRID_WEBHOOKS)],
  createServices: buildServices,
  plugin: hybridPlugin,
  async start(services, { queue, webhooks }) {
    await webhooks.register({
      api: HYBRID_WEBHOOKS,
      secret: services.webhookSecret,
      validators: services.webhookSchemas.validators({ [JOB_FINISHED_EVENT]: { webhook: 'jobFinished' } }),
      retry: CALLBACK_RETRY,
    });
    queue.work<HybridJob>(HYBRID_JOB_QUEUE, services.settings.jobConcurrency, ({ jobId }, job) => services.executor.execute(jobId, job.signal));
    await services.recovery.sweep();
    services.recovery.start(RECOVERY_SWEEP_MS);
  },
  async stop(services) {
    services.recovery.stop();
  },
};
