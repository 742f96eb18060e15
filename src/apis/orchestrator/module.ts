import { join } from 'node:path';
import { repoRoot } from '../../paths.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { RESTART_QUEUE, type RestartJob } from '../../services/orchestrator/containers.js';
import { EXECUTION_QUEUE, type ExecutionJob } from '../../services/orchestrator/executions.js';
import { seedDemoUser } from './demo-user.js';
import { orchestratorPlugin } from './plugin.js';
import { buildServices, type Services } from './services.js';

const LOST_EXECUTION_SWEEP_MS = 30_000;

/** Orchestrator: accounts and sessions, organizations, agents, versioned workflows, deployments and containers on the local runtime, executions on the queue, the local marketplace, and the `/ws` channel. */
export const orchestratorModule: Module<Services> = {
  slug: 'orchestrator',
  specFile: generatedSpecFile('orchestrator'),
  migrationsDir: join(repoRoot, 'src', 'apis', 'orchestrator', 'migrations'),
  queues: [EXECUTION_QUEUE, RESTART_QUEUE],
  createServices: buildServices,
  plugin: orchestratorPlugin,
  async start(services, { logger, queue, config }) {
    services.realtime.start();
    queue.work<ExecutionJob>(EXECUTION_QUEUE, config.workerConcurrency, ({ executionId }) => services.engine.run(executionId));
    queue.work<RestartJob>(RESTART_QUEUE, 1, (job) => services.containers.completeRestart(job));
    await services.executions.failLost();
    services.sweeper.start(() => services.executions.failLost(), LOST_EXECUTION_SWEEP_MS);
    if (services.settings.demoUser) await seedDemoUser(services.accounts, logger);
  },
  async stop(services) {
    services.sweeper.stop();
    await services.realtime.close();
  },
};
