import { join } from 'node:path';
import { repoRoot } from '../../paths.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { EXECUTION_QUEUE, type ExecutionJob } from '../../services/orchestrator/executions.js';
import { seedDemoUser } from './demo-user.js';
import { orchestratorPlugin } from './plugin.js';
import { buildServices, type Services } from './services.js';

/** Orchestrator: accounts and sessions, organizations, agents, versioned workflows, deployments, executions on the queue, and the `/ws` channel. */
export const orchestratorModule: Module<Services> = {
  slug: 'orchestrator',
  specFile: generatedSpecFile('orchestrator'),
  migrationsDir: join(repoRoot, 'src', 'apis', 'orchestrator', 'migrations'),
  queues: [EXECUTION_QUEUE],
  createServices: buildServices,
  plugin: orchestratorPlugin,
  async start(services, { logger, queue, config }) {
    services.realtime.start();
    queue.work<ExecutionJob>(EXECUTION_QUEUE, config.workerConcurrency, ({ executionId }) => services.engine.run(executionId));
    if (services.settings.demoUser) await seedDemoUser(services.accounts, logger);
  },
  async stop(services) {
    await services.realtime.close();
  },
};
