import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Module } from '../../src/apis/shared-deps.js';
import { bearerJwt } from '../../src/core/security.js';
import { SpecWebhookSchemas } from '../../src/core/webhooks/webhook-schemas.js';
import { WebSocketChannel } from '../../src/core/websocket/channel.js';
import { loadChannelContract } from '../../src/core/websocket/contract.js';
import { handlers } from './generated/handlers.js';
import { NoteStore, TOY_API, TOY_QUEUE, type Services } from './services.js';

/** The toy API's module: everything the host needs, written outside the framework. */
const specFile = fileURLToPath(new URL('./generated/openapi.json', import.meta.url));
const asyncApiFile = fileURLToPath(new URL('./generated/asyncapi.json', import.meta.url));

export const toyModule: Module<Services> = {
  slug: TOY_API,
  specFile,
  migrationsDir: fileURLToPath(new URL('./migrations', import.meta.url)),
  queues: [TOY_QUEUE],
  async createServices({ knex, queue, events, jwt, logger, config, webhooks }) {
    const live = new WebSocketChannel({
      path: '/live',
      contract: await loadChannelContract(asyncApiFile),
      protocol: {
        authMessage: 'auth',
        tokenOf: (m) => String(m.token),
        authSuccess: (p) => ({ type: 'welcome', subject: p.subject }),
        error: (kind, message) => ({ type: 'problem', kind, message }),
        unauthenticatedCloseCode: 4401,
      },
      authenticate: async (token) => {
        const claims = await jwt().verify(token);
        return { subject: String(claims.sub), expiresAt: claims.exp ? new Date(claims.exp * 1000) : undefined };
      },
      bus: events,
      logger,
      validateOutgoing: config.validateResponses,
    });
    const notes = new NoteStore(knex, queue, (owner, note) => live.publish({ type: 'note_created', ...note }, [owner]), webhooks);
    return { instanceId: randomUUID(), notes, live, lifecycle: [] };
  },
  plugin: ({ jwt }, services) => ({
    handlers,
    renderError: (error) => ({ problem: `${error.code}: ${error.message}` }),
    security: { bearerAuth: bearerJwt(jwt) },
    channels: services ? [services.live] : [],
  }),
  async start(services, { queue, webhooks }) {
    await webhooks.register({ api: TOY_API, secret: 'toy-webhook-secret', validators: SpecWebhookSchemas.fromFile(specFile).allWebhooks() });
    queue.work<{ id: string }>(TOY_QUEUE, 1, ({ id }) => services.notes.process(id));
    services.live.start();
    services.lifecycle.push('started');
  },
  async stop(services) {
    await services.live.close();
    services.lifecycle.push('stopped');
  },
};
