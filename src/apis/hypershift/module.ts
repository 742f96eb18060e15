import { join } from 'node:path';
import { repoRoot } from '../../paths.js';
import { SpecWebhookSchemas } from '../../core/webhooks/webhook-schemas.js';
import { webhookQueueName } from '../../core/webhooks/webhook-delivery.js';
import { stepQueueName, type StepJob } from '../../services/hypershift/step-queue.js';
import { hypershiftConfig } from './config.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { hypershiftPlugin } from './plugin.js';
import { buildServices, type Services } from './services.js';

/** HyperShift: workspaces with monthly run limits, and runs through a five-agent pipeline on the durable queue. */
export const hypershiftModule: Module<Services> = {
  slug: 'hypershift',
  specFile: generatedSpecFile('hypershift'),
  migrationsDir: join(repoRoot, 'src', 'apis', 'hypershift', 'migrations'),
  // Named after HYPERSHIFT_INSTANCE: the pipeline's steps and the webhook profile's deliveries.
  queues: ({ config }) => {
    const { instance } = hypershiftConfig(config);
    return [stepQueueName(instance), webhookQueueName(instance)];
  },
  createServices: buildServices,
  plugin: hypershiftPlugin,
  async start(services, { queue, webhooks, logger }) {
    await webhooks.register({
      api: services.webhooks.profile,
      secret: services.webhookSecret,
      extraHeaders: (event) => ({ 'X-HyperShift-Event': event }),
      validators: new SpecWebhookSchemas(services.spec, services.schemas).allWebhooks(),
    });
    if (services.settings.webhookUrl && !services.settings.webhookSecret) {
      logger.warn('hypershift: HYPERSHIFT_WEBHOOK_SECRET is not set, so receivers cannot trust the webhook signatures');
    }
    queue.work<StepJob>(services.steps.name, services.settings.concurrency, (step, job) => services.pipeline.execute(step, job.signal));
    await services.recovery.sweep();
    services.recovery.start(services.settings.recoverySweepMs);
  },
  async stop(services) {
    services.recovery.stop();
  },
};
