import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { assertOpaque500, base, createRun, failOnce, freshWorkspace, headersFor, intent, servicesOf, startHypershift, startRun, waitForStatus } from './support.js';

let server: TestServer;
before(async () => {
  server = await startHypershift();
});
after(() => server.close());

/** One completed, one sentinel-blocked and one pending run in a fresh workspace. */
async function mixedWorkspace() {
  const ws = freshWorkspace();
  const completed = await createRun(server, ws);
  await startRun(server, ws, completed);
  await waitForStatus(server, ws, completed, ['completed']);
  const blocked = await createRun(server, ws, { user_intent: intent({ description: 'API with SECRET_KEY=abcdefgh12345678' }) });
  await startRun(server, ws, blocked);
  await waitForStatus(server, ws, blocked, ['blocked']);
  const pending = await createRun(server, ws);
  return { ws, completed, blocked, pending };
}

describe('listRunOutcomes and getSlo', () => {
  test('200: outcomes of completed and blocked runs, most recent first; SLO counts the same runs', async () => {
    const { ws, completed, blocked } = await mixedWorkspace();
    const res = await server.http.get(`${base}/observability/outcomes`).set(headersFor(ws));
    assert.equal(res.status, 200);
    assert.equal(res.body.workspace_id, ws);
    assert.deepEqual(res.body.outcomes.map((o: { run_id: string; status: string; failed_step: null }) => [o.run_id, o.status, o.failed_step]), [
      [blocked, 'blocked', null],
      [completed, 'completed', null],
    ]);
    for (const o of res.body.outcomes) {
      assert.ok(o.duration_ms >= 0);
      assert.ok(Date.parse(o.completed_at));
    }
    const limited = await server.http.get(`${base}/observability/outcomes?limit=1`).set(headersFor(ws));
    assert.equal(limited.body.outcomes.length, 1);

    const slo = await server.http.get(`${base}/observability/slo`).set(headersFor(ws));
    assert.equal(slo.status, 200);
    assert.deepEqual({ ...slo.body, avg_duration_ms: typeof slo.body.avg_duration_ms }, {
      workspace_id: ws,
      days: 7,
      total_runs: 2,
      success_count: 1,
      failure_count: 0,
      blocked_count: 1,
      success_rate: 0.5,
      avg_duration_ms: 'number',
    });
    const empty = await server.http.get(`${base}/observability/slo?days=30`).set(headersFor(freshWorkspace()));
    assert.deepEqual(empty.body.success_rate, null);
    assert.deepEqual(empty.body.avg_duration_ms, null);
    assert.equal(empty.body.days, 30);
  });

  test('400: days outside 1–30 or not an integer, a limit out of range, a header too long', async () => {
    for (const days of ['0', '31', '7.5', 'week']) {
      const res = await server.http.get(`${base}/observability/slo?days=${days}`).set(headersFor(freshWorkspace()));
      assert.deepEqual([res.status, res.body.code], [400, 'VALIDATION_ERROR'], days);
    }
    assert.equal((await server.http.get(`${base}/observability/outcomes?limit=0`)).status, 400);
    assert.equal((await server.http.get(`${base}/observability/outcomes`).set({ 'X-Workspace-Id': 'w'.repeat(129) })).status, 400);
  });

  test('500: unexpected failures are opaque', async () => {
    failOnce(servicesOf(server).observability, 'outcomes');
    assertOpaque500(await server.http.get(`${base}/observability/outcomes`).set(headersFor(freshWorkspace())));
    failOnce(servicesOf(server).observability, 'slo');
    assertOpaque500(await server.http.get(`${base}/observability/slo`).set(headersFor(freshWorkspace())));
  });
});

describe('getStatus', () => {
  test('200: operational, with the workspace’s last deploy once it has one', async () => {
    const ws = freshWorkspace();
    const before = await server.http.get(`${base}/status`).set(headersFor(ws));
    assert.equal(before.status, 200);
    assert.equal(before.body.status, 'operational');
    assert.equal(before.body.last_deploy, undefined);
    const runId = await createRun(server, ws);
    await startRun(server, ws, runId);
    const run = await waitForStatus(server, ws, runId, ['completed']);
    const after = await server.http.get(`${base}/status`).set(headersFor(ws));
    assert.equal(after.body.last_deploy.run_id, runId);
    assert.equal(after.body.last_deploy.deployment_url, run.deployment_url);
    assert.equal((await server.http.get(`${base}/status`).set(headersFor(freshWorkspace()))).body.last_deploy, undefined);
  });

  test('400 and 500', async () => {
    assert.equal((await server.http.get(`${base}/status`).set({ 'X-Workspace-Id': 'w'.repeat(129) })).status, 400);
    failOnce(servicesOf(server).health, 'status');
    assertOpaque500(await server.http.get(`${base}/status`));
  });
});

describe('getHealth and getFleetHealth', () => {
  test('200: liveness; the fleet is the orchestrator and the five agents on the local provider', async () => {
    const health = await server.http.get(`${base}/health`).set('Content-Type', 'application/json');
    assert.equal(health.status, 200);
    assert.equal(health.body.status, 'ok');
    const fleet = await server.http.get(`${base}/fleet-health`);
    assert.equal(fleet.status, 200);
    assert.equal(fleet.body.status, 'healthy');
    assert.deepEqual(fleet.body.orchestrator.database, 'healthy');
    assert.deepEqual(fleet.body.agents.map((a: { agent: string; status: string }) => `${a.agent}:${a.status}`), [
      'architect:healthy',
      'builder:healthy',
      'sentinel:healthy',
      'sre:healthy',
      'finops:healthy',
    ]);
  });

  test('500: unexpected failures are opaque', async () => {
    failOnce(servicesOf(server).health, 'alive');
    assertOpaque500(await server.http.get(`${base}/health`));
    failOnce(servicesOf(server).health, 'fleet');
    assertOpaque500(await server.http.get(`${base}/fleet-health`));
  });
});

describe('whatIf', () => {
  test('200: a deterministic estimate; nothing is created or counted', async () => {
    const ws = freshWorkspace();
    const body = { user_intent: { description: 'Deploy a Next.js app', target: 'production', constraints: 'free tier only' }, addition: 'Add a Redis cache' };
    const first = await server.http.post(`${base}/what-if`).set(headersFor(ws)).send(body);
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, {
      addition: 'Add a Redis cache',
      estimated_monthly_cost_usd: 10,
      cost_delta_usd: 10,
      risk_level: 'high',
      risks: ['Leaves the free tier', 'Changes a production deployment'],
      summary: 'Adding "Add a Redis cache" changes the monthly cost by $10; estimated $10/month.',
      stub: true,
    });
    assert.deepEqual((await server.http.post(`${base}/what-if`).set(headersFor(ws)).send(body)).body, first.body);
    const alone = await server.http.post(`${base}/what-if`).set(headersFor(ws)).send({ user_intent: body.user_intent });
    assert.deepEqual([alone.body.addition, alone.body.cost_delta_usd, alone.body.risk_level], [null, 0, 'low']);
    assert.equal((await server.http.get(`${base}/usage`).set(headersFor(ws))).body.runs, 0);
  });

  test('200: an addition sent as null (an unset field) counts as absent; it was a 400', async () => {
    const res = await server.http.post(`${base}/what-if`).set(headersFor(freshWorkspace())).send({ user_intent: intent(), addition: null });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.addition, res.body.cost_delta_usd], [null, 0]);
  });

  test('200: a blank addition counts as absent', async () => {
    const res = await server.http.post(`${base}/what-if`).set(headersFor(freshWorkspace())).send({ user_intent: intent(), addition: '  ' });
    assert.equal(res.status, 200);
    assert.deepEqual([res.body.addition, res.body.cost_delta_usd], [null, 0]);
    assert.doesNotMatch(res.body.summary, /Adding/);
  });

  test('400, 413, 415 and 500', async () => {
    const bad = await server.http.post(`${base}/what-if`).set(headersFor(freshWorkspace())).send({ addition: 'x' });
    assert.deepEqual([bad.status, bad.body.code], [400, 'INVALID_USER_INTENT']);
    const addition = await server.http.post(`${base}/what-if`).send({ user_intent: intent(), addition: 5 });
    assert.deepEqual([addition.status, addition.body.code], [400, 'VALIDATION_ERROR']);
    assert.equal((await server.http.post(`${base}/what-if`).send({ user_intent: intent(), addition: 'x'.repeat(1024 * 1024 + 10) })).status, 413);
    assert.equal((await server.http.post(`${base}/what-if`).set('Content-Type', 'text/plain').send('what if')).status, 415);
    failOnce(servicesOf(server).whatIf, 'estimate');
    assertOpaque500(await server.http.post(`${base}/what-if`).send({ user_intent: intent() }));
  });
});

describe('getDeployment', () => {
  test('404 for a run never deployed; 400 for a NUL byte', async () => {
    const missing = await server.http.get(`${base}/deployments/req-nope`);
    assert.deepEqual([missing.status, missing.body], [404, { error: 'Deployment not found', code: 'DEPLOYMENT_NOT_FOUND' }]);
    assert.equal((await server.http.get(`${base}/deployments/req%00x`)).status, 400);
  });

  test('500: an unexpected failure is opaque', async () => {
    failOnce(servicesOf(server).deployments, 'get');
    assertOpaque500(await server.http.get(`${base}/deployments/req-x`));
  });
});
