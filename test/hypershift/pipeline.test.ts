import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { ownQueueSchema } from '../support/queue-schema.js';
import { waitFor } from '../support/wait.js';
import { base, createRun, freshWorkspace, getRun, headersFor, intent, logsOf, servicesOf, startHypershift, startRun, waitForStatus } from './support.js';

let server: TestServer;
before(async () => {
  server = await startHypershift();
});
after(() => server.close());

describe('the five-agent pipeline', () => {
  test('straight through: architect → builder → sentinel → sre → finops, deployed to the local target', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws, { codename: 'blue-falcon', tags: ['web'] });
    const pending = await getRun(server, ws, runId);
    assert.equal(pending.status, 'pending');
    assert.equal(pending.current_step, 0);
    await startRun(server, ws, runId);
    const run = await waitForStatus(server, ws, runId, ['completed', 'failed', 'blocked']);
    assert.equal(run.status, 'completed', JSON.stringify(run));
    assert.equal(run.current_step, 5);
    assert.equal(run.error, null);
    for (const output of ['architect_output', 'builder_output', 'sentinel_output', 'sre_output', 'finops_output']) {
      assert.ok(run[output], output);
      assert.equal(run[output].agent_model, 'local/local-echo-1');
    }
    assert.equal(run.sentinel_output.verdict, 'pass');
    assert.equal(run.sre_output.deployed, true);
    assert.equal(run.sre_output.target, 'local');
    assert.equal(run.deployment_url, run.sre_output.deployment_url);
    const path = new URL(run.deployment_url).pathname;
    assert.equal(path, `${base}/deployments/${runId}`);
    const deployed = await server.http.get(path).set('Content-Type', 'application/json');
    assert.equal(deployed.status, 200);
    assert.equal(deployed.body.target, 'local');
    assert.ok(deployed.body.artifacts.some((a: { path: string; content: string }) => a.path === 'Dockerfile' && a.content.includes('USER node')));
    const actions = (await logsOf(server, ws, runId)).map((l) => l.action);
    assert.deepEqual(actions.slice(0, 2), ['run.created', 'run.started']);
    assert.equal(actions.at(-1), 'run.completed');
    assert.ok(actions.includes('deploy.succeeded'));
    assert.equal(actions.filter((a) => a === 'step.completed').length, 5);
  });

  test('approval gate: blocked before sre, approved by the actor, resumes and completes', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws, { user_intent: intent({ target: 'production' }), require_approval: true });
    await startRun(server, ws, runId);
    const blocked = await waitForStatus(server, ws, runId, ['blocked', 'completed', 'failed']);
    assert.equal(blocked.status, 'blocked', JSON.stringify(blocked));
    assert.equal(blocked.current_step, 4);
    assert.equal(blocked.sre_output, null);
    assert.equal(blocked.sentinel_output.verdict, 'warn');
    const res = await server.http.post(`${base}/runs/${runId}/approve`).set({ ...headersFor(ws), 'X-User-Id': '', 'X-Actor': 'alice' });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { message: 'Approved', run_id: runId });
    const done = await waitForStatus(server, ws, runId, ['completed', 'failed']);
    assert.equal(done.status, 'completed');
    assert.equal(done.approved_by, 'alice');
    assert.ok(done.approved_at);
    assert.ok(done.deployment_url);
    const logs = await logsOf(server, ws, runId);
    const approved = logs.find((l) => l.action === 'run.approved');
    assert.equal(approved?.details.actor, 'alice');
    assert.ok(logs.findIndex((l) => l.action === 'run.blocked') < logs.findIndex((l) => l.action === 'run.approved'));
  });
});

describe('the sentinel', () => {
  test('a secret written into the configuration blocks the run for good', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws, { user_intent: intent({ description: 'Deploy an API with DATABASE_PASSWORD=hunter2hunter2' }) });
    await startRun(server, ws, runId);
    const run = await waitForStatus(server, ws, runId, ['blocked', 'completed', 'failed']);
    assert.equal(run.status, 'blocked');
    assert.equal(run.current_step, 3);
    assert.equal(run.sentinel_output.verdict, 'block');
    assert.equal(run.sentinel_output.risk_level, 'critical');
    assert.match(run.error, /DATABASE_PASSWORD/);
    assert.equal(run.sre_output, null);
    assert.equal(run.deployment_url, null);
    const approve = await server.http.post(`${base}/runs/${runId}/approve`).set(headersFor(ws));
    assert.equal(approve.status, 409);
    assert.deepEqual(approve.body, { error: 'Run is not awaiting approval', code: 'RUN_NOT_AWAITING_APPROVAL' });
    const blocked = (await logsOf(server, ws, runId)).find((l) => l.action === 'run.blocked');
    assert.equal(blocked?.details.reason, 'sentinel_block');
  });

  test('a public bucket blocks the run', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws, { user_intent: intent({ description: 'Deploy a site with a public storage bucket for uploads' }) });
    await startRun(server, ws, runId);
    const run = await waitForStatus(server, ws, runId, ['blocked', 'completed', 'failed']);
    assert.equal(run.status, 'blocked');
    assert.ok(run.sentinel_output.findings.some((f: { message: string }) => /publicly readable/.test(f.message)));
  });

  test('the seed\'s example run (production, "free tier only", no gate) in a free workspace deploys, with a policy warning; on pro, no warning', async () => {
    const ws = (await server.http.post(`${base}/workspaces`).set('Content-Type', 'application/json').send({})).body.id as string;
    const example = { user_intent: { description: 'Deploy a Next.js app', target: 'production', constraints: 'free tier only' }, codename: 'optional-human-name', tags: ['tag1', 'tag2'], require_approval: false };
    const freeId = await createRun(server, ws, example);
    await startRun(server, ws, freeId);
    const free = await waitForStatus(server, ws, freeId, ['blocked', 'completed', 'failed']);
    assert.equal(free.status, 'completed', JSON.stringify(free));
    assert.notEqual(free.deployment_url, null);
    assert.equal(free.sentinel_output.verdict, 'warn');
    assert.ok(free.sentinel_output.findings.some((f: { category: string; message: string }) => f.category === 'policy' && /free-tier workspace/.test(f.message)));
    const untargeted = await createRun(server, ws, { user_intent: { description: 'Deploy a Next.js app' } });
    await startRun(server, ws, untargeted);
    assert.equal((await waitForStatus(server, ws, untargeted, ['blocked', 'completed', 'failed'])).status, 'completed');
    await server.http.patch(`${base}/workspaces/${ws}/tier`).set('Content-Type', 'application/json').send({ tier: 'pro' }).expect(200);
    const proId = await createRun(server, ws, { user_intent: intent({ target: 'production' }) });
    await startRun(server, ws, proId);
    const pro = await waitForStatus(server, ws, proId, ['blocked', 'completed', 'failed']);
    assert.equal(pro.status, 'completed');
    assert.ok(!pro.sentinel_output.findings.some((f: { category: string }) => f.category === 'policy'));
  });
});

describe('rejectRun', () => {
  test('200: records who rejected; the run stays blocked and nothing is deployed', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws, { require_approval: true });
    await startRun(server, ws, runId);
    await waitForStatus(server, ws, runId, ['blocked']);
    const res = await server.http.post(`${base}/runs/${runId}/reject`).set(headersFor(ws, 'bob'));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { message: 'Rejected', run_id: runId });
    const run = await getRun(server, ws, runId);
    assert.equal(run.status, 'blocked');
    assert.equal(run.rejected_by, 'bob');
    assert.ok(run.rejected_at);
    assert.equal(run.sre_output, null);
    const again = await server.http.post(`${base}/runs/${runId}/reject`).set(headersFor(ws));
    assert.equal(again.status, 409);
    assert.equal((await server.http.post(`${base}/runs/${runId}/approve`).set(headersFor(ws))).status, 409);
    const rejected = (await logsOf(server, ws, runId)).find((l) => l.action === 'run.rejected');
    assert.equal(rejected?.details.actor, 'bob');
  });

  test('concurrent approves and rejects of one run at the gate: exactly one 200, the rest 409; the run ends as the winner decided', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws, { require_approval: true });
    await startRun(server, ws, runId);
    await waitForStatus(server, ws, runId, ['blocked']);
    const calls = Array.from({ length: 10 }, (_, i) => {
      const action = i % 2 === 0 ? 'approve' : 'reject';
      return server.http.post(`${base}/runs/${runId}/${action}`).set(headersFor(ws, `${action}-${i}`)).then((res) => ({ action, i, res }));
    });
    const results = await Promise.all(calls);
    const won = results.filter((r) => r.res.status === 200);
    assert.equal(won.length, 1, JSON.stringify(results.map((r) => [r.action, r.res.status])));
    for (const lost of results.filter((r) => r.res.status !== 200)) {
      assert.deepEqual([lost.res.status, lost.res.body], [409, { error: 'Run is not awaiting approval', code: 'RUN_NOT_AWAITING_APPROVAL' }]);
    }
    const winner = won[0]!;
    const decided = winner.action === 'approve' ? await waitForStatus(server, ws, runId, ['completed']) : await getRun(server, ws, runId);
    assert.equal(decided.status, winner.action === 'approve' ? 'completed' : 'blocked');
    assert.equal(winner.action === 'approve' ? decided.approved_by : decided.rejected_by, `${winner.action}-${winner.i}`);
    assert.equal(winner.action === 'approve' ? decided.rejected_at : decided.approved_at, null);
    const decisions = (await logsOf(server, ws, runId)).filter((l) => l.action === 'run.approved' || l.action === 'run.rejected');
    assert.equal(decisions.length, 1);
  });

  test('409 on a run that is not at the gate, 404 on another workspace’s run', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    const res = await server.http.post(`${base}/runs/${runId}/reject`).set(headersFor(ws));
    assert.equal(res.status, 409);
    assert.equal(res.body.code, 'RUN_NOT_AWAITING_APPROVAL');
    const other = await server.http.post(`${base}/runs/${runId}/reject`).set(headersFor(freshWorkspace()));
    assert.equal(other.status, 404);
    assert.deepEqual(other.body, { error: 'Run not found', code: 'RUN_NOT_FOUND' });
  });
});

describe('a crash mid-step', () => {
  /** A gated run parked at the gate, then put back in the state a worker that died inside sre leaves behind. */
  async function runLostInSre(attempts: number) {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws, { require_approval: true });
    await startRun(server, ws, runId);
    await waitForStatus(server, ws, runId, ['blocked']);
    await server.db.knex('hs_runs').where({ id: runId }).update({
      status: 'running',
      current_step: 4,
      blocked_reason: null,
      finished_at: null,
      step_attempt: attempts,
      heartbeat_at: new Date(Date.now() - 10 * 60_000),
    });
    return { ws, runId };
  }

  test('the recovery sweep sends the lost step again and the run completes', async () => {
    const { ws, runId } = await runLostInSre(1);
    // Any process's sweep may be the one that recovers it; this one's runs now.
    await servicesOf(server).recovery.sweep();
    const run = await waitForStatus(server, ws, runId, ['completed', 'failed']);
    assert.equal(run.status, 'completed');
    assert.ok(run.deployment_url);
    const retried = (await logsOf(server, ws, runId)).filter((l) => l.action === 'step.started' && l.details.step === 'sre');
    assert.deepEqual(retried.map((l) => l.details.attempt), [2]);
  });

  test('after the last attempt the run fails at that step instead of staying running', async () => {
    const { ws, runId } = await runLostInSre(3);
    const stale = await server.db.knex('hs_runs').where({ id: runId }).first();
    await servicesOf(server).recovery.sweep();
    const run = await waitForStatus(server, ws, runId, ['failed', 'completed']);
    assert.equal(run.status, 'failed');
    assert.equal(run.current_step, 4);
    assert.match(run.error, /sre lost its worker 3 times/);
    const actions = (await logsOf(server, ws, runId)).map((l) => l.action);
    assert.deepEqual(actions.slice(-2), ['step.failed', 'run.failed']);
    // The worker that had the step cannot report on it any more.
    assert.equal(await servicesOf(server).pipeline.fail(stale, 'late'), false);
  });
});

describe('a stopping server', () => {
  test('hands the step under way back: the run stays running at that step, and the step waits in the queue again', async () => {
    const stopping = await startHypershift({ LOCAL_PROVIDER_DELAY_MS: '600000', QUEUE_SCHEMA: ownQueueSchema('stopping') });
    try {
      const ws = freshWorkspace();
      const runId = await createRun(stopping, ws);
      await startRun(stopping, ws, runId);
      await waitFor(async () => (await logsOf(stopping, ws, runId)).some((l) => l.action === 'step.started'));
      await stopping.queue.stop(50);
      const run = await stopping.db.knex('hs_runs').where({ id: runId }).first();
      assert.equal(run.status, 'running');
      assert.equal(run.current_step, 1);
      assert.equal(run.step_attempt, 1);
      assert.equal(run.heartbeat_at, null);
      assert.equal(run.error, null);
      const steps = await stopping.queue.waitingJobs(stopping.db.knex, servicesOf(stopping).steps.name).whereRaw(`data->>'runId' = ?`, [runId]);
      assert.deepEqual(steps.map((j: { data: unknown }) => j.data), [{ runId, step: 1 }]);
    } finally {
      await stopping.close();
    }
  });
  test('hands the sre step back too: the deploy under way is redone by the next claim, not finished after the stop', async () => {
    // The model answers after 20 s, so only a step that honours the stop signal lets the queue stop at once.
    const stopping = await startHypershift({ LOCAL_PROVIDER_DELAY_MS: '20000', QUEUE_SCHEMA: ownQueueSchema('stopping_sre') });
    try {
      const ws = freshWorkspace();
      const runId = await createRun(stopping, ws, { require_approval: true });
      // The run as the approval gate leaves it once approved: running at the sre step (4) with its plan and build.
      const knex = stopping.db.knex;
      await knex('hs_runs')
        .where({ id: runId })
        .update({
          status: 'running',
          current_step: 4,
          step_attempt: 0,
          architect_output: JSON.stringify({ target: 'staging', provider: 'render', components: [] }),
          builder_output: JSON.stringify({ artifacts: [{ path: 'Dockerfile', type: 'dockerfile', content: 'FROM node:20' }] }),
        });
      await servicesOf(stopping).steps.send(knex, { runId, step: 4 });
      await waitFor(async () => (await logsOf(stopping, ws, runId)).some((l) => l.action === 'step.started' && l.details.step === 'sre'));
      const started = Date.now();
      await stopping.queue.stop(50);
      assert.ok(Date.now() - started < 10_000, `the queue took ${Date.now() - started} ms to stop`);
      const run = await knex('hs_runs').where({ id: runId }).first();
      assert.equal(run.status, 'running');
      assert.equal(run.current_step, 4);
      assert.equal(run.step_attempt, 1);
      assert.equal(run.heartbeat_at, null);
      assert.equal(run.error, null);
      assert.equal(run.sre_output, null);
      const steps = await stopping.queue.waitingJobs(knex, servicesOf(stopping).steps.name).whereRaw(`data->>'runId' = ?`, [runId]);
      assert.deepEqual(steps.map((j: { data: unknown }) => j.data), [{ runId, step: 4 }]);
    } finally {
      await stopping.close();
    }
  });
});
