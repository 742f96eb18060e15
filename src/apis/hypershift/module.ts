import { join } from 'node:path';
import { repoRoot } from '../../paths.js';
import { SpecWebhookSchemas } from '../../core/webhooks/webhook-schemas.js';
import { HYPERSHIFT_WEBHOOKS } from '../../services/hypershift/run-webhooks.js';
import { STEP_QUEUE, type StepJob } from '../../services/hypershift/step-queue.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { hypershiftPlugin } from './plugin.js';
import { buildServices, type Services } from './services.js';

/** HyperShift: workspaces with monthly run limits, and runs through a five-agent pipeline on the durable queue. */
export const hypershiftModule: Module<Services> = {
  slug: 'hypershift',
  specFile: generatedSpecFile('hypershift'),
  migrationsDir: join(repoRoot, 'src', 'apis', 'hypershift', 'migrations'),
  queues: [STEP_QUEUE],
  createServices: buildServices,
  plugin: hypershiftPlugin,
  async start(services, { queue, webhooks, logger }) {
    await webhooks.register({
      api: HYPERSHIFT_WEBHOOKS,
      secret: services.webhookSecret,
      extraHeaders: (event) => ({ 'X-HyperShift-Event': event }),
      validators: new SpecWebhookSchemas(services.spec).allWebhooks(),
    });
    if (services.settings.webhookUrl && !services.settings.webhookSecret) {
      logger.warn('hypershift: HYPERSHIFT_WEBHOOK_SECRET is not set, so receivers cannot trust the webhook signatures');
    }
    queue.work<StepJob>(STEP_QUEUE, services.settings.concurrency, (job) => services.pipeline.execute(job));
    await services.recovery.sweep();
    services.recovery.start(services.settings.recoverySweepMs);
  },
  async stop(services) {
    services.recovery.stop();
  },
};
