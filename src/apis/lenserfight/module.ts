import { join } from 'node:path';
import { repoRoot } from '../../paths.js';
import { seedDemo } from '../../services/lenserfight/demo-seed.js';
import { RUN_QUEUE, type RunJob } from '../../services/lenserfight/run-submission.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { lenserfightPlugin } from './plugin.js';
import { buildServices, type Services } from './services.js';

const RECOVERY_SWEEP_MS = 15_000;

/** LenserFight: lens and workflow runs on the queue, live events over SSE, partner provisioning. */
export const lenserfightModule: Module<Services> = {
  slug: 'lenserfight',
  specFile: generatedSpecFile('lenserfight'),
  migrationsDir: join(repoRoot, 'src', 'apis', 'lenserfight', 'migrations'),
  queues: [RUN_QUEUE],
  createServices: buildServices,
  plugin: lenserfightPlugin,
  async start(services, { queue, config, logger }) {
    await services.eventListener?.start();
    const demo = await seedDemo(services.lenses);
    logger.info({ lensId: demo.lensId }, `demo lens ${demo.lensId}`);
    logger.info({ workflowId: demo.workflowId }, `demo workflow ${demo.workflowId}`);
    queue.work<RunJob>(RUN_QUEUE, config.workerConcurrency, ({ runId }, job) => services.executor.execute(runId, job.signal));
    await services.recovery.sweep();
    services.recovery.start(RECOVERY_SWEEP_MS);
  },
  async stop(services) {
    services.recovery.stop();
    services.hub.stop();
    await services.eventListener?.stop();
  },
};
