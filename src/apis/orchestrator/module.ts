import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { repoRoot } from '../../paths.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { RESTART_QUEUE, type RestartJob } from '../../services/orchestrator/containers.js';
import { executionsFor, type ForwardedExecution } from '../../services/orchestrator/engine.js';
import { EXECUTION_QUEUE, type ExecutionJob } from '../../services/orchestrator/executions.js';
import { seedDemoUser } from './demo-user.js';
import { orchestratorPlugin } from './plugin.js';
import { buildServices, type Services } from './services.js';

const SWEEP_MS = 30_000;
const DEV_TOOL_USER = 'dev-tools@orchestrator.local';

/** Orchestrator: accounts and sessions, organizations, agents, versioned workflows, deployments on the local runtime (a supervised child process per deployed agent), executions on the queue, the local marketplace, and the `/ws` channel. */
export const orchestratorModule: Module<Services> = {
  slug: 'orchestrator',
  specFile: generatedSpecFile('orchestrator'),
  migrationsDir: join(repoRoot, 'src', 'apis', 'orchestrator', 'migrations'),
  queues: [EXECUTION_QUEUE, RESTART_QUEUE],
  createServices: buildServices,
  plugin: orchestratorPlugin,
  async start(services, { logger, queue }) {
    services.realtime.start();
    // Executions a worker of another server process took for an agent process this one supervises.
    const unsubscribe = services.events.subscribe(executionsFor(services.identity.instance), (message) => {
      services.engine.run((message as ForwardedExecution).executionId).catch((err) => logger.error({ err }, 'forwarded execution failed'));
    });
    services.sweeper.onStop(unsubscribe);
    queue.work<ExecutionJob>(EXECUTION_QUEUE, services.settings.executionConcurrency, ({ executionId }) => services.engine.run(executionId));
    queue.work<RestartJob>(RESTART_QUEUE, 1, (job) => services.containers.completeRestart(job));
    const sweep = async () => {
      await services.executions.failLost();
      await services.deployments.finishInterruptedUndeploys();
      // A runtime out of reach holds up only these stops, not the adoptions and resumptions below.
      await services.deployments.stopOrphanedContainers().catch((err: unknown) => logger.warn({ err }, 'stopping orphaned containers failed'));
      const adopted = await services.runtime.adopt();
      await services.executions.resume(adopted);
      await services.executions.resume();
      await services.executionSlots.resumeWaiting();
    };
    await sweep();
    services.sweeper.start(sweep, SWEEP_MS);
    if (services.settings.demoUser) await seedDemoUser(services.accounts, logger);
  },
  /** One user for every call, so what a tool created before its session ended (a logout) stays its own. */
  async devCredentials({ accounts }) {
    const user = (await accounts.findByEmail(DEV_TOOL_USER)) ?? (await accounts.create({ email: DEV_TOOL_USER, password: randomUUID() }));
    const { access_token } = await accounts.openSession(user.id);
    return { Authorization: `Bearer ${access_token}` };
  },
  async stop(services) {
    services.sweeper.stop();
    const stopped = await services.runtime.shutdown();
    await services.executions.requeueInterrupted(stopped);
    await services.realtime.close();
  },
};
