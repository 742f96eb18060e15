import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import supertest from 'supertest';
import { allModules, declaredQueues } from '../../src/apis/index.js';
import type { Module } from '../../src/apis/shared-deps.js';
import { loadConfig } from '../../src/config.js';
import { createServer, type Server } from '../../src/server.js';
import { embeddedTemplate, uniqueUser } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import { connect } from '../support/websocket-harness.js';
import { startReceiver } from '../support/webhook-receiver.js';
import { verifyWebhookSignature } from '../../src/core/webhooks/webhook-signature.js';
import { toyModule } from '../toy-api/module.js';
import type { Services as ToyServices } from '../toy-api/services.js';

const config = () => loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', WEBHOOK_ALLOW_HOSTS: '127.0.0.1' });
const toy = [toyModule as Module<unknown>];

describe('an API that lives only in test/ (spec, generated code, handlers, services, migration, module)', () => {
  let server: Server;
  let api: ReturnType<typeof supertest>;
  const auth = async (sub: string) => ({ Authorization: `Bearer ${await server.signToken(sub)}` });
  before(async () => {
    server = await createServer({ config: config(), persistent: false, embeddedTemplate, modules: [...allModules(), ...toy] });
    api = supertest(server.listener);
  });
  after(() => server.close());

  test('is mounted beside the five APIs, and its queue worker processes what its handler enqueued', async () => {
    const user = uniqueUser('toy');
    const created = await api.post('/toy-api/toy/notes').set(await auth(user)).send({ text: 'hello' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.processed, false);
    const processed = await waitFor(async () => {
      const res = await api.get(`/toy-api/toy/notes/${created.body.id}`).set(await auth(user));
      return res.body.processed === true && res.body;
    });
    assert.equal(processed.text, 'hello');
    assert.equal((await api.get('/lenserfight/health')).status, 200);
  });

  test('answers errors in its own envelope: 401 without a token, 404 for another user’s note, 400 on a bad body', async () => {
    const owner = uniqueUser('toy');
    const note = await api.post('/toy-api/toy/notes').set(await auth(owner)).send({ text: 'mine' });
    const unauth = await api.get(`/toy-api/toy/notes/${note.body.id}`);
    assert.equal(unauth.status, 401);
    assert.match(unauth.body.problem, /^unauthorized: /);
    const stranger = await api.get(`/toy-api/toy/notes/${note.body.id}`).set(await auth(uniqueUser('stranger')));
    assert.equal(stranger.status, 404);
    assert.deepEqual(stranger.body, { problem: 'not_found: No such note' });
    const bad = await api.post('/toy-api/toy/notes').set(await auth(owner)).send({ text: '' });
    assert.equal(bad.status, 400);
    assert.match(bad.body.problem, /^validation_failed/);
  });

  test('its WebSocket channel is served on the same HTTP server, under its mount, to the authenticated owner only', async () => {
    const listening = http.createServer(server.listener).on('upgrade', server.upgrade).listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    const base = `ws://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    try {
      const [owner, other] = [uniqueUser('ws'), uniqueUser('ws')];
      const clients = await Promise.all([owner, other].map(() => connect(`${base}/toy-api/toy/live`)));
      for (const [i, sub] of [owner, other].entries()) {
        clients[i].send({ type: 'auth', token: await server.signToken(sub) });
        assert.deepEqual(await clients[i].next(), { type: 'welcome', subject: sub });
      }
      const note = await api.post('/toy-api/toy/notes').set(await auth(owner)).send({ text: 'live' });
      assert.deepEqual(await clients[0].next(), { type: 'note_created', id: note.body.id, text: 'live' });
      await assert.rejects(clients[1].next(300), /no message/);
      const metrics = await api.get('/metrics');
      assert.match(metrics.text, /^websocket_connections\{api="toy-api"\} 2$/m);
      const stranger = await connect(`${base}/toy-api/toy/live`);
      stranger.send({ type: 'auth', token: 'not-a-jwt' });
      assert.equal((await stranger.next()).kind, 'unauthenticated');
      assert.equal((await stranger.closed).code, 4401);
      await assert.rejects(connect(`${base}/lenserfight/live`), /404/);
      for (const c of clients) c.ws.close();
    } finally {
      listening.closeAllConnections();
      listening.close();
    }
  });

  test('its webhook is signed, delivered from the worker that processed the note, and counted in /metrics', async () => {
    const receiver = await startReceiver();
    try {
      const user = uniqueUser('hook');
      const note = await api.post('/toy-api/toy/notes').set(await auth(user)).send({ text: 'hook me', callbackUrl: `${receiver.url}/in` });
      await waitFor(async () => receiver.requests.length > 0);
      const [delivery] = receiver.requests;
      assert.equal(delivery.headers['webhook-id'], note.body.id);
      assert.deepEqual(JSON.parse(delivery.body), { id: note.body.id, text: 'hook me' });
      const signed = { timestamp: String(delivery.headers['webhook-timestamp']), signature: String(delivery.headers['webhook-signature']), body: delivery.body };
      assert.ok(verifyWebhookSignature('toy-webhook-secret', signed));
      const metrics = await waitFor(async () => {
        const text = (await api.get('/metrics')).text;
        return /^webhook_deliveries_total\{api="toy-api",outcome="delivered"\} [1-9]/m.test(text) && text;
      });
      assert.match(metrics, /^http_requests_total\{api="toy-api",operation="createNote",status="201"\} [1-9]/m);
    } finally {
      await receiver.close();
    }
  });

  test('its services are the ones its module built, handed to handlers on ctx.services', async () => {
    const res = await api.get('/toy-api/toy/instance');
    assert.equal(res.body.instanceId, server.servicesOf<ToyServices>('toy-api').instanceId);
    assert.deepEqual(server.servicesOf<ToyServices>('toy-api').lifecycle, ['started']);
  });
});

describe('two servers in one process', () => {
  test('each has its own services, started and stopped with it', async () => {
    const started = await Promise.allSettled([1, 2].map(() => createServer({ config: config(), persistent: false, embeddedTemplate, modules: toy })));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) {
      // Close the one that started, or the file never ends.
      for (const s of started) if (s.status === 'fulfilled') await s.value.close();
      throw failed.reason;
    }
    const [a, b] = started.map((s) => (s as PromiseFulfilledResult<Server>).value);
    try {
      const idA = (await supertest(a.listener).get('/toy-api/toy/instance')).body.instanceId;
      const idB = (await supertest(b.listener).get('/toy-api/toy/instance')).body.instanceId;
      assert.notEqual(idA, idB);
      assert.equal(idA, a.servicesOf<ToyServices>('toy-api').instanceId);
      assert.equal(idB, b.servicesOf<ToyServices>('toy-api').instanceId);
    } finally {
      const services = a.servicesOf<ToyServices>('toy-api');
      await a.close();
      assert.deepEqual(services.lifecycle, ['started', 'stopped']);
      await b.close();
    }
  });
});

describe('mounting a subset (npm start -- --api <slug>)', () => {
  test('builds and starts only the chosen module, served at its native paths', async () => {
    const server = await createServer({ config: config(), persistent: false, embeddedTemplate, modules: [...allModules(), ...toy], apis: ['toy-api'] });
    try {
      const api = supertest(server.listener);
      assert.equal((await api.get('/toy/instance')).status, 200);
      assert.equal((await api.get('/lenserfight/health')).status, 404);
      assert.throws(() => server.servicesOf('lenserfight'), /not mounted/);
    } finally {
      await server.close();
    }
  });
});

describe('declared queues (a module’s `queues`)', () => {
  test('a module whose queue names are settings declares them from the config it is given', () => {
    const hypershift = allModules().filter((m) => m.slug === 'hypershift');
    assert.deepEqual(declaredQueues(hypershift, loadConfig({ HYPERSHIFT_INSTANCE: 'blue' })), ['blue-step', 'webhooks-blue']);
    assert.deepEqual(declaredQueues(hypershift), ['hypershift-step', 'webhooks-hypershift']);
  });

  test('exist when the modules start, before any of them asks for one (webhook profiles’ delivery queues too)', async () => {
    const instance = `hypershift-${uniqueUser('q')}`;
    const server = await createServer({ config: loadConfig({ ...config().env, HYPERSHIFT_INSTANCE: instance }), persistent: false, embeddedTemplate });
    try {
      const names = new Set((await server.db.knex('pgboss.queue').pluck('name')) as string[]);
      for (const name of declaredQueues(allModules(), server.config)) assert.ok(names.has(name), `${name} missing`);
      assert.ok(names.has(`${instance}-step`) && names.has('webhooks-hybrid'));
    } finally {
      await server.close();
    }
  });
});
