import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { base, createRun, freshWorkspace, getRun, headersFor, intent, logsOf, startHypershift, startRun, waitForStatus } from './support.js';

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
