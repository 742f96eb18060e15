import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { base, createRun, freshWorkspace, getRun, headersFor, startHypershift, startRun, waitForStatus } from './support.js';

let server: TestServer;
before(async () => {
  server = await startHypershift();
});
after(() => server.close());

describe('workspace isolation', () => {
  test('another workspace’s run is 404 on every /runs/{run_id} route and absent from lists, usage, outcomes and SLO', async () => {
    const owner = freshWorkspace();
    const stranger = freshWorkspace();
    const gated = await createRun(server, owner, { require_approval: true, tags: ['shared-tag'] });
    await startRun(server, owner, gated);
    await waitForStatus(server, owner, gated, ['blocked']);
    const as = headersFor(stranger);
    const routes = [
      server.http.get(`${base}/runs/${gated}`).set(as),
      server.http.get(`${base}/runs/${gated}/logs`).set(as),
      server.http.post(`${base}/runs/${gated}/start`).set(as),
      server.http.post(`${base}/runs/${gated}/approve`).set(as),
      server.http.post(`${base}/runs/${gated}/reject`).set(as),
      server.http.post(`${base}/runs/${gated}/rollback`).set(as),
      server.http.post(`${base}/runs/${gated}/replay`).set(as),
    ];
    for (const res of await Promise.all(routes)) assert.deepEqual([res.status, res.body], [404, { error: 'Run not found', code: 'RUN_NOT_FOUND' }]);
    assert.deepEqual((await server.http.get(`${base}/runs?tag=shared-tag`).set(as)).body, { runs: [] });
    assert.equal((await server.http.get(`${base}/usage`).set(as)).body.runs, 0);
    assert.deepEqual((await server.http.get(`${base}/observability/outcomes`).set(as)).body.outcomes, []);
    assert.equal((await server.http.get(`${base}/observability/slo`).set(as)).body.total_runs, 0);
    // Nothing the stranger tried changed the run.
    const run = await getRun(server, owner, gated);
    assert.deepEqual([run.status, run.approved_at, run.rejected_at], ['blocked', null, null]);
    assert.equal((await server.http.get(`${base}/usage`).set(headersFor(owner))).body.runs, 1);
  });
});
