import { Writable } from 'node:stream';
import pino from 'pino';
import type { Database } from '../../src/db/database.js';
import { JobQueue } from '../../src/queue/job-queue.js';
import { WebhookDelivery, type WebhookDeliveryOptions, type WebhookOutcome } from '../../src/core/webhooks/webhook-delivery.js';
import type { WebhookProfile } from '../../src/core/webhooks/webhook-profile.js';
import { SpecWebhookSchemas } from '../../src/core/webhooks/webhook-schemas.js';
import { testQueueSchema } from './queue-schema.js';

/** A toy spec with one top-level webhook, so these tests depend on no API's spec. */
export const toySpec = {
  openapi: '3.1.0',
  info: { title: 'toy', version: '1' },
  webhooks: {
    'thing.happened': {
      post: {
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        responses: { '2XX': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      Thing: { type: 'object', required: ['id', 'count'], properties: { id: { type: 'string' }, count: { type: 'integer', minimum: 0 } } },
    },
  },
};

let counter = 0;
/** An API name no other test uses: it names the delivery queue, so tests never take each other's jobs. */
export function uniqueApi(label: string): string {
  counter += 1;
  return `t${label}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

export function toyProfile(api: string, overrides: Partial<WebhookProfile> = {}): WebhookProfile {
  return { api, secret: `secret-of-${api}`, validators: new SpecWebhookSchemas(toySpec).allWebhooks(), ...overrides };
}

export type Harness = {
  queue: JobQueue;
  delivery: WebhookDelivery;
  outcomes: WebhookOutcome[];
  logs: string[];
  /** Logged errors: a job that threw, a delivery given up. */
  errors(): string[];
  stop(): Promise<void>;
};

/**
 * A queue and a delivery service on `db`, as one server process would have them: fast polling, tiny backoff
 * and the local receiver allow-listed unless the options say otherwise.
 */
export async function startDelivery(db: Database, profile: WebhookProfile, options: Partial<WebhookDeliveryOptions> = {}): Promise<Harness> {
  const logs: string[] = [];
  const log = pino({ level: 'warn' }, new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) }));
  const queue = new JobQueue(db.embedded ? db.knex : db.url, log, { pollingIntervalMs: 25, schema: testQueueSchema });
  await queue.start([]);
  const outcomes: WebhookOutcome[] = [];
  const delivery = new WebhookDelivery(
    { knex: db.knex, queue, log },
    {
      allowHosts: ['127.0.0.1'],
      retry: { initialDelayMs: 50, factor: 2 },
      timeoutMs: 2_000,
      strictPayloads: true,
      onAttempt: (_api, outcome) => outcomes.push(outcome),
      ...options,
    },
  );
  await delivery.register(profile);
  return { queue, delivery, outcomes, logs, errors: () => logs.filter((line) => JSON.parse(line).level >= 50), stop: () => queue.stop() };
}
