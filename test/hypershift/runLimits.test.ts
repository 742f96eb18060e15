import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { periodOf } from '../../src/services/hypershift/tenancy.js';
import { assertOpaque500, base, createRun, failOnce, freshWorkspace, headersFor, intent, servicesOf, startHypershift } from './support.js';

let server: TestServer;
before(async () => {
  server = await startHypershift();
});
after(() => server.close());

const usageOf = async (ws: string) => (await server.http.get(`${base}/usage`).set(headersFor(ws))).body;

describe('monthly run limits', () => {
  test('402 with current, limit, period and tier once the free allowance is used; nothing is created', async () => {
    const ws = freshWorkspace();
    for (let i = 0; i < 10; i++) await createRun(server, ws);
    const res = await server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: intent() });
    assert.equal(res.status, 402);
    assert.deepEqual(res.body, { error: 'Run limit exceeded for period', code: 'RUN_LIMIT_EXCEEDED', current: 10, limit: 10, period: periodOf(new Date()), tier: 'free' });
    assert.equal((await usageOf(ws)).runs, 10);
  });

  test('20 concurrent creates at 9 of 10: exactly one 201', async () => {
    const ws = freshWorkspace();
    for (let i = 0; i < 9; i++) await createRun(server, ws);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: intent() })),
    );
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, ...Array(19).fill(402)]);
    assert.deepEqual(await usageOf(ws), { workspace_id: ws, period: periodOf(new Date()), runs: 10, limit: 10, tier: 'free' });
    const [{ n }] = await server.db.knex('hs_runs').where({ workspace_id: ws }).count({ n: '*' });
    assert.equal(Number(n), 10);
  });

  test('concurrent creates, replays and rollbacks at 7 of 10: exactly three runs admitted, usage says 10, every rollback audited', async () => {
    const ws = freshWorkspace();
    const runs: string[] = [];
    for (let i = 0; i < 7; i++) runs.push(await createRun(server, ws));
    const original = runs[0]!;
    const calls = Array.from({ length: 24 }, (_, i) => {
      if (i % 3 === 0) return server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: intent() });
      if (i % 3 === 1) return server.http.post(`${base}/runs/${original}/replay`).set(headersFor(ws));
      return server.http.post(`${base}/runs/${original}/rollback`).set(headersFor(ws));
    });
    const results = await Promise.all(calls);
    const admitting = results.filter((_, i) => i % 3 !== 2);
    assert.equal(admitting.filter((r) => r.status === 201).length, 3, JSON.stringify(admitting.map((r) => r.status)));
    for (const refused of admitting.filter((r) => r.status !== 201)) assert.deepEqual([refused.status, refused.body.code, refused.body.current], [402, 'RUN_LIMIT_EXCEEDED', 10]);
    assert.deepEqual(results.filter((_, i) => i % 3 === 2).map((r) => r.status), Array(8).fill(200));
    assert.equal((await usageOf(ws)).runs, 10);
    const [{ n }] = await server.db.knex('hs_runs').where({ workspace_id: ws }).count({ n: '*' });
    assert.equal(Number(n), 10);
    const logs = (await server.http.get(`${base}/runs/${original}/logs`).set(headersFor(ws))).body.logs as { action: string }[];
    assert.equal(logs.filter((l) => l.action === 'run.rollback').length, 8);
  });

  test('replay counts too: 402 at the limit', async () => {
    const ws = freshWorkspace();
    const runs: string[] = [];
    for (let i = 0; i < 10; i++) runs.push(await createRun(server, ws));
    const res = await server.http.post(`${base}/runs/${runs[0]}/replay`).set(headersFor(ws));
    assert.equal(res.status, 402);
    assert.equal(res.body.code, 'RUN_LIMIT_EXCEEDED');
    assert.equal(res.body.current, 10);
  });

  test('upgrading to pro lifts the limit at once; runs of earlier months do not count', async () => {
    const ws = (await server.http.post(`${base}/workspaces`).set('Content-Type', 'application/json').send({})).body.id;
    const oldest = await createRun(server, ws);
    for (let i = 0; i < 9; i++) await createRun(server, ws);
    // One run from an earlier month, which the current period does not count.
    await server.db.knex('hs_runs').where({ id: oldest }).update({ period: '2000-01-01' });
    assert.equal((await usageOf(ws)).runs, 9);
    await createRun(server, ws);
    assert.equal((await server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: intent() })).status, 402);
    await server.http.patch(`${base}/workspaces/${ws}/tier`).set('Content-Type', 'application/json').send({ tier: 'pro' }).expect(200);
    await createRun(server, ws);
    assert.deepEqual(await usageOf(ws), { workspace_id: ws, period: periodOf(new Date()), runs: 11, limit: 1000, tier: 'pro' });
  });
});

describe('getUsage', () => {
  test('200: a workspace never seen has used nothing of the free allowance', async () => {
    const ws = freshWorkspace();
    const res = await server.http.get(`${base}/usage`).set(headersFor(ws));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { workspace_id: ws, period: periodOf(new Date()), runs: 0, limit: 10, tier: 'free' });
  });

  test('400 and 500', async () => {
    assert.equal((await server.http.get(`${base}/usage`).set({ 'X-Org-Id': 'o'.repeat(129) })).status, 400);
    failOnce(servicesOf(server).limits, 'usage');
    assertOpaque500(await server.http.get(`${base}/usage`).set(headersFor(freshWorkspace())));
  });
});

describe('configured limits', () => {
  let small: TestServer;
  before(async () => {
    small = await startHypershift({ HYPERSHIFT_FREE_RUN_LIMIT: '2' });
  });
  after(() => small.close());

  test('HYPERSHIFT_FREE_RUN_LIMIT sets the free allowance', async () => {
    const ws = freshWorkspace();
    await createRun(small, ws);
    await createRun(small, ws);
    const res = await small.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: intent() });
    assert.deepEqual([res.status, res.body.limit], [402, 2]);
  });
});

test('periodOf is the first day of the UTC month', () => {
  assert.equal(periodOf(new Date('2025-02-28T23:59:59.999Z')), '2025-02-01');
  assert.equal(periodOf(new Date('2025-03-01T00:00:00.000Z')), '2025-03-01');
  assert.equal(periodOf(new Date('2025-12-31T23:30:00-02:00')), '2026-01-01');
});
