import { join } from 'node:path';
import { repoRoot } from '../../paths.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { seedDemoUser } from './demo-user.js';
import { orchestratorPlugin } from './plugin.js';
import { buildServices, type Services } from './services.js';

/** Orchestrator: accounts and sessions, organizations, agents, versioned workflows, and the `/ws` channel. */
export const orchestratorModule: Module<Services> = {
  slug: 'orchestrator',
  specFile: generatedSpecFile('orchestrator'),
  migrationsDir: join(repoRoot, 'src', 'apis', 'orchestrator', 'migrations'),
  createServices: buildServices,
  plugin: orchestratorPlugin,
  async start(services, { logger }) {
    services.realtime.start();
    if (services.settings.demoUser) await seedDemoUser(services.accounts, logger);
  },
  async stop(services) {
    await services.realtime.close();
  },
};
