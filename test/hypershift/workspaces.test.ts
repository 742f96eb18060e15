import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { assertOpaque500, base, failOnce, freshWorkspace, servicesOf, startHypershift } from './support.js';

const json = { 'Content-Type': 'application/json' };
let server: TestServer;
before(async () => {
  server = await startHypershift();
});
after(() => server.close());

describe('createWorkspace', () => {
  test('201: a free workspace named as asked, or "My Workspace" without a body', async () => {
    const named = await server.http.post(`${base}/workspaces`).set(json).send({ name: 'Acme Platform Team' });
    assert.equal(named.status, 201);
    assert.match(named.body.id, /^ws-[0-9a-f]{12}$/);
    assert.equal(named.body.name, 'Acme Platform Team');
    assert.equal(named.body.tier, 'free');
    assert.ok(!Number.isNaN(Date.parse(named.body.created_at)));
    const bare = await server.http.post(`${base}/workspaces`).set(json);
    assert.equal(bare.status, 201);
    assert.equal(bare.body.name, 'My Workspace');
    assert.notEqual(bare.body.id, named.body.id);
  });

  test('201: an empty or blank name (a cleared form field) is named "My Workspace" too', async () => {
    for (const name of ['', '   ']) {
      const res = await server.http.post(`${base}/workspaces`).set(json).send({ name });
      assert.equal(res.status, 201);
      assert.equal(res.body.name, 'My Workspace', JSON.stringify(name));
    }
  });

  test('201: a name sent as null (an unset field) is named "My Workspace"; it was a 400', async () => {
    const res = await server.http.post(`${base}/workspaces`).set(json).send({ name: null });
    assert.deepEqual([res.status, res.body.name], [201, 'My Workspace'], JSON.stringify(res.body));
  });

  test('201: a name is stored without its surrounding whitespace', async () => {
    const res = await server.http.post(`${base}/workspaces`).set(json).send({ name: '  Acme\t ' });
    assert.equal(res.status, 201);
    assert.equal(res.body.name, 'Acme');
    assert.equal((await server.http.get(`${base}/workspaces/${res.body.id}`)).body.name, 'Acme');
  });

  test('400: malformed JSON, and a name that is not a string', async () => {
    const malformed = await server.http.post(`${base}/workspaces`).set(json).send('{"name":');
    assert.equal(malformed.status, 400);
    assert.deepEqual(malformed.body, { error: 'Malformed JSON body', code: 'INVALID_JSON' });
    const wrong = await server.http.post(`${base}/workspaces`).set(json).send({ name: 42 });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.code, 'VALIDATION_ERROR');
    assert.match(wrong.body.error, /^name /);
  });

  test('400: a body nested 20,000 levels deep (it overflowed the stack: a 500)', async () => {
    const res = await server.http.post(`${base}/workspaces`).set(json).send(`{"name":"deep","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.code, 'VALIDATION_ERROR');
  });

  test('413 and 415: an oversized body, a body that is not JSON', async () => {
    const big = await server.http.post(`${base}/workspaces`).set(json).send({ name: 'x'.repeat(1024 * 1024 + 10) });
    assert.equal(big.status, 413);
    assert.equal(big.body.code, 'VALIDATION_ERROR');
    const text = await server.http.post(`${base}/workspaces`).set('Content-Type', 'text/plain').send('name=acme');
    assert.equal(text.status, 415);
    assert.equal(text.body.code, 'VALIDATION_ERROR');
  });

  test('500: an unexpected failure is opaque', async () => {
    failOnce(servicesOf(server).workspaces, 'create');
    assertOpaque500(await server.http.post(`${base}/workspaces`).set(json).send({}));
  });
});

describe('getWorkspace', () => {
  test('200: a created workspace and ws-default; 404: never created, or only implicit', async () => {
    const created = (await server.http.post(`${base}/workspaces`).set(json).send({ name: 'Team' })).body;
    const res = await server.http.get(`${base}/workspaces/${created.id}`).set(json);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, created);
    const fallback = await server.http.get(`${base}/workspaces/ws-default`);
    assert.equal(fallback.status, 200);
    assert.equal(fallback.body.id, 'ws-default');
    const missing = await server.http.get(`${base}/workspaces/ws-nope`);
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, { error: 'Workspace not found', code: 'WORKSPACE_NOT_FOUND' });
    // A header id used for runs is an implicit workspace: limited and counted, but not a created one.
    const implicit = freshWorkspace();
    await server.http.post(`${base}/runs`).set({ ...json, 'X-Workspace-Id': implicit }).send({ user_intent: { description: 'x' } }).expect(201);
    assert.equal((await server.http.get(`${base}/workspaces/${implicit}`)).status, 404);
  });

  test('400: a NUL byte in the id', async () => {
    const res = await server.http.get(`${base}/workspaces/ws%00x`);
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'VALIDATION_ERROR');
  });

  test('500: an unexpected failure is opaque', async () => {
    failOnce(servicesOf(server).workspaces, 'get');
    assertOpaque500(await server.http.get(`${base}/workspaces/ws-default`));
  });
});

describe('updateWorkspaceTier without a configured secret', () => {
  test('200: the tier changes and the new limit applies to the current period at once', async () => {
    const ws = (await server.http.post(`${base}/workspaces`).set(json).send({})).body.id;
    const res = await server.http.patch(`${base}/workspaces/${ws}/tier`).set(json).send({ tier: 'pro' });
    assert.equal(res.status, 200);
    assert.equal(res.body.tier, 'pro');
    assert.equal(res.body.id, ws);
    const usage = await server.http.get(`${base}/usage`).set({ ...json, 'X-Workspace-Id': ws });
    assert.equal(usage.body.limit, 1000);
    assert.equal(usage.body.tier, 'pro');
  });

  test('400: an unknown tier or none; 404: a workspace never created', async () => {
    const ws = (await server.http.post(`${base}/workspaces`).set(json).send({})).body.id;
    const bad = await server.http.patch(`${base}/workspaces/${ws}/tier`).set(json).send({ tier: 'gold' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, { error: 'tier must be "free" or "pro"', code: 'INVALID_TIER' });
    const none = await server.http.patch(`${base}/workspaces/${ws}/tier`).set(json).send({});
    assert.equal(none.status, 400);
    assert.equal(none.body.code, 'INVALID_TIER');
    const missing = await server.http.patch(`${base}/workspaces/ws-nope/tier`).set(json).send({ tier: 'pro' });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'WORKSPACE_NOT_FOUND');
  });

  test('413 and 415', async () => {
    const big = await server.http.patch(`${base}/workspaces/ws-default/tier`).set(json).send({ tier: 'x'.repeat(1024 * 1024 + 10) });
    assert.equal(big.status, 413);
    const text = await server.http.patch(`${base}/workspaces/ws-default/tier`).set('Content-Type', 'text/plain').send('pro');
    assert.equal(text.status, 415);
  });

  test('500: an unexpected failure is opaque', async () => {
    failOnce(servicesOf(server).workspaces, 'updateTier');
    assertOpaque500(await server.http.patch(`${base}/workspaces/ws-default/tier`).set(json).send({ tier: 'free' }));
  });
});

describe('updateWorkspaceTier with WORKSPACE_TIER_UPDATE_SECRET set', () => {
  let guarded: TestServer;
  before(async () => {
    guarded = await startHypershift({ WORKSPACE_TIER_UPDATE_SECRET: 'whsec_tier' });
  });
  after(() => guarded.close());

  test('401 without or with a wrong X-Webhook-Secret; 200 with the right one', async () => {
    const ws = (await guarded.http.post(`${base}/workspaces`).set(json).send({})).body.id;
    const url = `${base}/workspaces/${ws}/tier`;
    const missing = await guarded.http.patch(url).set(json).send({ tier: 'pro' });
    assert.equal(missing.status, 401);
    assert.deepEqual(missing.body, { error: 'Invalid or missing X-Webhook-Secret', code: 'UNAUTHORIZED' });
    const wrong = await guarded.http.patch(url).set({ ...json, 'X-Webhook-Secret': 'whsec_tieR' }).send({ tier: 'pro' });
    assert.equal(wrong.status, 401);
    assert.equal((await guarded.http.get(`${base}/workspaces/${ws}`)).body.tier, 'free');
    const right = await guarded.http.patch(url).set({ ...json, 'X-Webhook-Secret': 'whsec_tier' }).send({ tier: 'pro' });
    assert.equal(right.status, 200);
    assert.equal(right.body.tier, 'pro');
  });

  test('the spec this server serves requires X-Webhook-Secret for a tier change; unset, it says anyone may (security [{}])', async () => {
    const tierSecurity = async (server: TestServer) => (await server.http.get(`${base}/openapi.json`)).body.paths['/workspaces/{id}/tier'].patch.security;
    assert.deepEqual(await tierSecurity(guarded), [{ webhookSecret: [] }]);
    assert.deepEqual(await tierSecurity(server), [{}]);
  });
});
