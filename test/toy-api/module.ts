import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Module } from '../../src/apis/shared-deps.js';
import { bearerJwt } from '../../src/core/security.js';
import { handlers } from './generated/handlers.js';
import { NoteStore, TOY_QUEUE, type Services } from './services.js';

/** The toy API's module: everything the host needs, written outside the framework. */
const specFile = fileURLToPath(new URL('./generated/openapi.json', import.meta.url));

export const toyModule: Module<Services> = {
  slug: 'toy-api',
  specFile,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  queues: [TOY_QUEUE],
  createServices: ({ knex, queue }) => ({ instanceId: randomUUID(), notes: new NoteStore(knex, queue), lifecycle: [] }),
  plugin: ({ jwt }) => ({
    slug: 'toy-api',
    specFile,
    handlers,
    renderError: (error) => ({ problem: `${error.code}: ${error.message}` }),
    security: { bearerAuth: bearerJwt(jwt) },
  }),
  async start(services, { queue }) {
    queue.work<{ id: string }>(TOY_QUEUE, 1, ({ id }) => services.notes.process(id));
    services.lifecycle.push('started');
  },
  async stop(services) {
    services.lifecycle.push('stopped');
  },
};
