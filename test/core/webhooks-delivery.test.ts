import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openDatabase, type Database } from '../../src/db/database.js';
import { HttpError } from '../../src/core/http-error.js';
import { webhookQueueName } from '../../src/core/webhooks/webhook-delivery.js';
import { verifyWebhookSignature } from '../../src/core/webhooks/webhook-signature.js';
import { SpecWebhookSchemas } from '../../src/core/webhooks/webhook-schemas.js';
import { startDelivery, toyProfile, toySpec, uniqueApi } from '../support/webhook-harness.js';
import { startReceiver } from '../support/webhook-receiver.js';
import { waitFor } from '../support/wait.js';
import { testQueueSchema } from '../support/queue-schema.js';

let db: Database;
before(async () => {
  db = await openDatabase({ url: process.env.DATABASE_URL, dataDir: null });
});
after(() => db.close());

const settled = (harness: { delivery: { store: { get(id: string): Promise<any> } } }, id: string) =>
  waitFor(async () => {
    const row = await harness.delivery.store.get(id);
    return row?.status !== 'pending' && row;
  });

const jobsOf = async (api: string) =>
  (await db.knex(`${testQueueSchema}.job`).where({ name: webhookQueueName(api) }).whereIn('state', ['created', 'retry', 'active']).count({ n: '*' }))[0].n;

describe('webhook delivery', () => {
  test('a delivery is signed with the API secret and carries its own header names and event header', async () => {
    const receiver = await startReceiver();
    const api = uniqueApi('signed');
    const profile = toyProfile(api, {
      headers: { signature: 'X-Toy-Signature', timestamp: 'X-Toy-Timestamp', eventId: 'X-Toy-Event-Id' },
      extraHeaders: (event) => ({ 'X-Toy-Event': event }),
    });
    const harness = await startDelivery(db, profile);
    try {
      const queued = await db.knex.transaction((trx) =>
        harness.delivery.enqueue(trx, { api, url: `${receiver.url}/hooks?x=1`, event: 'thing.happened', payload: { id: 'a1', count: 2 } }),
      );
      const row = await settled(harness, queued.deliveryId);
      assert.equal(row.status, 'delivered');
      assert.equal(receiver.requests.length, 1);
      const [request] = receiver.requests;
      assert.equal(request.path, '/hooks?x=1');
      assert.deepEqual(JSON.parse(request.body), { id: 'a1', count: 2 });
      assert.equal(request.headers['content-type'], 'application/json');
      assert.equal(request.headers['x-toy-event'], 'thing.happened');
      assert.equal(request.headers['x-toy-event-id'], queued.eventId);
      assert.equal(queued.eventId, queued.deliveryId);
      const signed = { timestamp: request.headers['x-toy-timestamp'] as string, signature: request.headers['x-toy-signature'] as string, body: request.body };
      assert.match(signed.signature, /^sha256=[0-9a-f]{64}$/);
      assert.equal(verifyWebhookSignature(profile.secret, signed), true);
      assert.equal(verifyWebhookSignature('another secret', signed), false);
      assert.equal(verifyWebhookSignature(profile.secret, { ...signed, body: `${request.body} ` }), false);
      assert.equal(verifyWebhookSignature(profile.secret, signed, 300, Number(signed.timestamp) + 301), false);
      const attempts = await harness.delivery.store.attempts(queued.deliveryId);
      assert.deepEqual(attempts.map((a) => [a.attempt, a.status_code, a.error]), [[1, 200, null]]);
      assert.ok(attempts[0].duration_ms >= 0);
      assert.deepEqual(harness.outcomes, ['delivered']);
      assert.deepEqual(harness.errors(), []);
    } finally {
      await harness.stop();
      await receiver.close();
    }
  });

  test('a caller-chosen event id is sent as the event id header', async () => {
    const receiver = await startReceiver();
    const api = uniqueApi('eventid');
    const harness = await startDelivery(db, toyProfile(api));
    try {
      const queued = await harness.delivery.enqueue(db.knex, { api, url: receiver.url, event: 'thing.happened', payload: { id: 'b', count: 0 }, eventId: 'job-42' });
      await settled(harness, queued.deliveryId);
      assert.equal(queued.eventId, 'job-42');
      assert.equal(receiver.requests[0].headers['webhook-id'], 'job-42');
      assert.ok(receiver.requests[0].headers['webhook-signature']);
    } finally {
      await harness.stop();
      await receiver.close();
    }
  });

  test('a delivery queued in a transaction that rolls back is never sent; one that commits is', async () => {
    const receiver = await startReceiver();
    const api = uniqueApi('rollback');
    const harness = await startDelivery(db, toyProfile(api));
    try {
      await assert.rejects(
        db.knex.transaction(async (trx) => {
          await harness.delivery.enqueue(trx, { api, url: `${receiver.url}/rolled-back`, event: 'thing.happened', payload: { id: 'r', count: 1 } });
          throw new Error('the state change failed');
        }),
        /the state change failed/,
      );
      assert.equal(Number((await db.knex('webhook_deliveries').where({ api }).count({ n: '*' }))[0].n), 0);
      assert.equal(Number(await jobsOf(api)), 0);
      const queued = await db.knex.transaction((trx) =>
        harness.delivery.enqueue(trx, { api, url: `${receiver.url}/committed`, event: 'thing.happened', payload: { id: 'c', count: 1 } }),
      );
      await settled(harness, queued.deliveryId);
      assert.deepEqual(receiver.requests.map((r) => r.path), ['/committed']);
    } finally {
      await harness.stop();
      await receiver.close();
    }
  });

  test('failed attempts are retried with growing waits until one succeeds, each attempt recorded', async () => {
    const receiver = await startReceiver((i) => ({ status: i < 2 ? 500 : 204 }));
    const api = uniqueApi('retry');
    const harness = await startDelivery(db, toyProfile(api), { retry: { initialDelayMs: 150, factor: 2 } });
    try {
      const queued = await harness.delivery.enqueue(db.knex, { api, url: receiver.url, event: 'thing.happened', payload: { id: 'x', count: 3 } });
      const row = await settled(harness, queued.deliveryId);
      assert.equal(row.status, 'delivered');
      assert.equal(row.attempts, 3);
      const attempts = await harness.delivery.store.attempts(queued.deliveryId);
      assert.deepEqual(
        attempts.map((a) => [a.attempt, a.status_code, a.error]),
        [
          [1, 500, 'receiver answered 500'],
          [2, 500, 'receiver answered 500'],
          [3, 204, null],
        ],
      );
      const [first, second, third] = receiver.requests;
      assert.ok(second.at - first.at >= 150, `first wait ${second.at - first.at} ms`);
      assert.ok(third.at - second.at >= 300, `second wait ${third.at - second.at} ms`);
      assert.equal(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size, 1);
      assert.deepEqual(harness.outcomes, ['retrying', 'retrying', 'delivered']);
      assert.deepEqual(harness.errors(), []);
    } finally {
      await harness.stop();
      await receiver.close();
    }
  });

  test('a delivery gives up after its maximum attempts and sends nothing more', async () => {
    const receiver = await startReceiver(() => ({ status: 503 }));
    const api = uniqueApi('giveup');
    const harness = await startDelivery(db, toyProfile(api, { retry: { maxAttempts: 3 } }), { retry: { initialDelayMs: 20, factor: 1, maxAttempts: 10 } });
    try {
      const queued = await harness.delivery.enqueue(db.knex, { api, url: receiver.url, event: 'thing.happened', payload: { id: 'g', count: 0 } });
      const row = await settled(harness, queued.deliveryId);
      assert.equal(row.status, 'failed');
      assert.equal(row.attempts, 3);
      assert.equal(row.max_attempts, 3);
      assert.equal(row.last_status_code, 503);
      assert.equal(row.next_attempt_at, null);
      assert.equal((await harness.delivery.store.attempts(queued.deliveryId)).length, 3);
      assert.equal(receiver.requests.length, 3);
      // The last attempt's job is completed by the queue just after its handler wrote the row: it may still be active.
      await waitFor(async () => (Number(await jobsOf(api)) === 0 ? true : undefined), 5_000).catch(() => {});
      assert.equal(Number(await jobsOf(api)), 0);
      assert.deepEqual(harness.outcomes, ['retrying', 'retrying', 'failed']);
      assert.deepEqual(harness.errors().map((line) => JSON.parse(line).msg), ['webhook delivery failed for good']);
    } finally {
      await harness.stop();
      await receiver.close();
    }
  });

  test('a restart between retries loses no delivery: a new process picks up the pending attempt', async () => {
    const receiver = await startReceiver((i) => ({ status: i < 2 ? 500 : 200 }));
    const api = uniqueApi('restart');
    const profile = toyProfile(api);
    const first = await startDelivery(db, profile, { retry: { initialDelayMs: 400, factor: 1 } });
    let second: Awaited<ReturnType<typeof startDelivery>> | undefined;
    try {
      const queued = await first.delivery.enqueue(db.knex, { api, url: receiver.url, event: 'thing.happened', payload: { id: 's', count: 1 } });
      await waitFor(async () => (await first.delivery.store.get(queued.deliveryId))?.attempts === 1, 15_000, 10);
      await first.stop();
      const between = await first.delivery.store.get(queued.deliveryId);
      assert.equal(between?.status, 'pending');
      assert.equal(Number(await jobsOf(api)), 1);
      second = await startDelivery(db, profile, { retry: { initialDelayMs: 400, factor: 1 } });
      const row = await settled(second, queued.deliveryId);
      assert.equal(row.status, 'delivered');
      assert.equal(row.attempts, 3);
      assert.equal(receiver.requests.length, 3);
      assert.equal(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size, 1);
      assert.deepEqual([...first.errors(), ...second.errors()], []);
    } finally {
      await first.stop();
      await second?.stop();
      await receiver.close();
    }
  });

  test('an attempt under way when the server stops is cut short and not counted: the next process makes it again', async () => {
    const receiver = await startReceiver((i) => ({ status: 200, delayMs: i === 0 ? 5_000 : 0 }));
    const api = uniqueApi('stopping');
    const profile = toyProfile(api);
    const first = await startDelivery(db, profile);
    let second: Awaited<ReturnType<typeof startDelivery>> | undefined;
    try {
      const queued = await first.delivery.enqueue(db.knex, { api, url: receiver.url, event: 'thing.happened', payload: { id: 'h', count: 1 } });
      await waitFor(async () => receiver.requests.length === 1, 15_000, 10);
      await first.queue.stop(20);
      const between = await first.delivery.store.get(queued.deliveryId);
      assert.equal(between?.status, 'pending');
      assert.equal(between?.attempts, 0);
      assert.deepEqual(await first.delivery.store.attempts(queued.deliveryId), []);
      assert.equal(Number(await jobsOf(api)), 1);
      second = await startDelivery(db, profile);
      const row = await settled(second, queued.deliveryId);
      assert.equal(row.status, 'delivered');
      const attempts = await second.delivery.store.attempts(queued.deliveryId);
      assert.deepEqual(attempts.map((a) => [a.attempt, a.status_code, a.error]), [[1, 200, null]]);
      assert.equal(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size, 1);
    } finally {
      await first.stop();
      await second?.stop();
      await receiver.close();
    }
  });

  test('an attempt that outlives the timeout fails and is retried', async () => {
    const receiver = await startReceiver((i) => ({ status: 200, delayMs: i === 0 ? 3_000 : 0 }));
    const api = uniqueApi('timeout');
    const harness = await startDelivery(db, toyProfile(api), { timeoutMs: 300 });
    try {
      const queued = await harness.delivery.enqueue(db.knex, { api, url: receiver.url, event: 'thing.happened', payload: { id: 't', count: 1 } });
      const row = await settled(harness, queued.deliveryId);
      assert.equal(row.status, 'delivered');
      const attempts = await harness.delivery.store.attempts(queued.deliveryId);
      assert.deepEqual(attempts.map((a) => [a.status_code, a.error]), [[null, 'timed out after 300 ms'], [200, null]]);
      assert.ok(attempts[0].duration_ms >= 290 && attempts[0].duration_ms < 2_000, `timed out after ${attempts[0].duration_ms} ms`);
    } finally {
      await harness.stop();
      await receiver.close();
    }
  });
});

describe('what enqueue refuses', () => {
  test('a payload that breaks its schema, or an event without one, throws and queues nothing', async () => {
    const api = uniqueApi('invalid');
    const harness = await startDelivery(db, toyProfile(api));
    try {
      const bad = { api, url: 'http://127.0.0.1:9/', event: 'thing.happened', payload: { id: 7 } };
      await assert.rejects(harness.delivery.enqueue(db.knex, bad), (err: Error) => /thing\.happened: payload does not match the spec: /.test(err.message) && err.message.includes('/id must be string') && err.message.includes("must have required property 'count'"));
      await assert.rejects(harness.delivery.enqueue(db.knex, { ...bad, event: 'thing.unknown', payload: {} }), /no schema for event thing\.unknown/);
      assert.equal(Number((await db.knex('webhook_deliveries').where({ api }).count({ n: '*' }))[0].n), 0);
    } finally {
      await harness.stop();
    }
  });

  test('in production a payload that breaks its schema is logged and still delivered', async () => {
    const receiver = await startReceiver();
    const api = uniqueApi('prodinvalid');
    const harness = await startDelivery(db, toyProfile(api), { strictPayloads: false });
    try {
      const queued = await harness.delivery.enqueue(db.knex, { api, url: receiver.url, event: 'thing.happened', payload: { id: 'p', count: -1 } });
      assert.equal((await settled(harness, queued.deliveryId)).status, 'delivered');
      assert.ok(harness.logs.some((line) => line.includes('payload does not match the spec') && line.includes('/count must be >= 0')), harness.logs.join('\n'));
    } finally {
      await harness.stop();
      await receiver.close();
    }
  });

  test('a payload schema that cannot compile fails enqueue loudly in development; in production it is logged and delivered', async () => {
    const broken = () => new SpecWebhookSchemas({ ...toySpec, components: {} }).allWebhooks();
    const strictApi = uniqueApi('brokenstrict');
    const strict = await startDelivery(db, toyProfile(strictApi, { validators: broken() }));
    try {
      const request = { api: strictApi, url: 'http://127.0.0.1:9/', event: 'thing.happened', payload: { id: 'b', count: 1 } };
      await assert.rejects(strict.delivery.enqueue(db.knex, request), /thing\.happened: payload does not match the spec: its schema cannot be checked: /);
    } finally {
      await strict.stop();
    }
    const receiver = await startReceiver();
    const api = uniqueApi('brokenprod');
    const lenient = await startDelivery(db, toyProfile(api, { validators: broken() }), { strictPayloads: false });
    try {
      const queued = await lenient.delivery.enqueue(db.knex, { api, url: receiver.url, event: 'thing.happened', payload: { id: 'b', count: 1 } });
      assert.equal((await settled(lenient, queued.deliveryId)).status, 'delivered');
      assert.ok(lenient.logs.some((line) => line.includes('its schema cannot be checked')), lenient.logs.join('\n'));
    } finally {
      await lenient.stop();
      await receiver.close();
    }
  });

  test('a URL that is not http or https is a 400', async () => {
    const api = uniqueApi('scheme');
    const harness = await startDelivery(db, toyProfile(api));
    try {
      for (const url of ['ftp://127.0.0.1/x', 'file:///etc/passwd', 'not a url', 'http://user:pw@127.0.0.1/']) {
        await assert.rejects(harness.delivery.enqueue(db.knex, { api, url, event: 'thing.happened', payload: { id: 'u', count: 1 } }), (err: unknown) => {
          assert.ok(err instanceof HttpError, String(err));
          assert.equal(err.status, 400);
          return true;
        });
      }
      await assert.rejects(harness.delivery.enqueue(db.knex, { api: 'unregistered', url: 'http://127.0.0.1/', event: 'e', payload: {} }), /no webhook profile registered for unregistered/);
    } finally {
      await harness.stop();
    }
  });
});
