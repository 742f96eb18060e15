import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { JobQueue } from '../../src/queue/job-queue.js';
import { EXECUTION_QUEUE } from '../../src/services/orchestrator/executions.js';
import { RuntimeUnavailable } from '../../src/services/orchestrator/runtime.js';
import { testQueueSchema } from '../support/queue-schema.js';
import { schemaErrors } from '../support/spec-validator.js';
import type { TestServer } from '../support/test-server.js';
import { assertError, base, createWorkflow, deployedWorkflow, newOrganization, newUser, servicesOf, startOrchestrator, waitForExecution, type Cast } from './support.js';

let server: TestServer;
let cast: Cast;
const orgOwned = () => ({ owner_type: 'organization', owner_id: cast.organizationId });
before(async () => {
  server = await startOrchestrator();
  cast = await newOrganization(server);
});
after(() => server.close());

const execute = (workflowId: string, headers: Record<string, string>, body?: object) => {
  const req = server.http.post(`${base}/workflows/${workflowId}/execute`).set(headers);
  return body ? req.send(body) : req;
};

describe('executeWorkflow', () => {
  test('202: accepted with Location and X-Correlation-ID; the local engine completes it through the model provider', async () => {
    const { workflowId, agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    const res = await execute(workflowId, cast.member.headers, { input_data: { message: 'Where is my order?' } });
    assert.equal(res.status, 202, res.text);
    assert.deepEqual(schemaErrors('orchestrator', 'ExecutionStarted', res.body), []);
    assert.equal(res.body.status, 'pending');
    assert.equal(res.headers['x-correlation-id'], res.body.correlation_id);
    assert.equal(res.headers.location, `/api/v1/executions/${res.body.execution_id}`);
    const done = await waitForExecution(server, cast.viewer, res.body.execution_id);
    assert.deepEqual(schemaErrors('orchestrator', 'Execution', done), []);
    assert.equal(done.status, 'completed', done.error_message);
    assert.equal(done.agent_id, agentId);
    assert.deepEqual(done.execution_data.input, { message: 'Where is my order?' });
    assert.deepEqual(done.execution_data.steps.map((s: { node_id: string; status: string }) => [s.node_id, s.status]), [['input', 'completed'], ['respond', 'completed']]);
    assert.match(done.execution_data.output.text, /not a real LLM/);
    assert.match(done.execution_data.output.text, /Where is my order\?/);
    assert.equal(done.execution_data.output.provider, 'local');
    assert.ok(done.resource_usage.execution_time >= 0 && done.resource_usage.memory_peak > 0);
  });

  test('202: without a body; the execution runs the version current when it was accepted', async () => {
    const { workflowId } = await deployedWorkflow(server, cast.owner);
    const graph = { nodes: [{ id: 'only', type: 'output' }], edges: [] };
    await server.http.put(`${base}/workflows/${workflowId}`).set(cast.owner.headers).send({ workflow_data: graph }).expect(200);
    const res = await execute(workflowId, cast.owner.headers);
    assert.equal(res.status, 202);
    const done = await waitForExecution(server, cast.owner, res.body.execution_id);
    assert.deepEqual(done.execution_data.steps.map((s: { node_id: string }) => s.node_id), ['only']);
  });

  test('a failing node is retried retry_count times, then the execution fails with the reason', async () => {
    const graph = { nodes: [{ id: 'start', type: 'input' }, { id: 'boom', type: 'fail', data: { message: 'tool exploded' } }], edges: [{ source: 'start', target: 'boom' }] };
    const { workflowId, containerId } = await deployedWorkflow(server, cast.owner, graph);
    const res = await execute(workflowId, cast.owner.headers, { execution_options: { retry_count: 2 } });
    const done = await waitForExecution(server, cast.owner, res.body.execution_id);
    assert.equal(done.status, 'failed');
    assert.equal(done.error_message, 'tool exploded');
    assert.equal(done.execution_data.output, null);
    const failed = done.execution_data.steps.find((s: { node_id: string }) => s.node_id === 'boom');
    assert.deepEqual([failed.status, failed.attempts], ['failed', 3]);
    const logs = await server.db.knex('orch_container_logs').where({ container_id: containerId, level: 'WARNING' });
    assert.equal(logs.length, 2, 'each retry is logged in the container');
  });

  test('a workflow stored with a cycle before graphs were checked fails, naming the cycle, and is never completed with no step run', async () => {
    const graph = { nodes: [{ id: 'start', type: 'input' }, { id: 'a', type: 'llm' }, { id: 'b', type: 'output' }], edges: [{ source: 'start', target: 'a' }, { source: 'a', target: 'b' }] };
    const { workflowId, containerId } = await deployedWorkflow(server, cast.owner, graph);
    const looped = { ...graph, edges: [...graph.edges, { source: 'b', target: 'a' }] };
    await server.db.knex('orch_workflow_versions').where({ workflow_id: workflowId }).update({ workflow_data: JSON.stringify(looped) });
    await server.db.knex('orch_workflows').where({ id: workflowId }).update({ workflow_data: JSON.stringify(looped) });
    const res = await execute(workflowId, cast.owner.headers);
    assert.equal(res.status, 202, res.text);
    const done = await waitForExecution(server, cast.owner, res.body.execution_id);
    assert.deepEqual(schemaErrors('orchestrator', 'Execution', done), []);
    assert.equal(done.status, 'failed');
    assert.match(done.error_message, /cycle \(a -> b -> a\)/);
    assert.equal(done.execution_data.output, null);
    const logs = await server.db.knex('orch_container_logs').where({ container_id: containerId, level: 'ERROR' });
    assert.ok(logs.some((l: { message: string }) => /cycle/.test(l.message)), JSON.stringify(logs));
  });

  test("an ended execution's last log lines are already in its container's log", async () => {
    // The agent process writes its log on stdout and reports the end over IPC, two channels read independently.
    const graph = { nodes: [{ id: 'only', type: 'output' }], edges: [] };
    const { workflowId, containerId } = await deployedWorkflow(server, cast.owner, graph);
    const started = await Promise.all(Array.from({ length: 6 }, () => execute(workflowId, cast.owner.headers)));
    for (const res of started) {
      const done = await waitForExecution(server, cast.owner, res.body.execution_id);
      assert.equal(done.status, 'completed', done.error_message);
      const logs = await server.db.knex('orch_container_logs').where({ container_id: containerId }).pluck('message');
      assert.ok(logs.includes(`Execution ${res.body.execution_id} completed`), logs.join('\n'));
    }
  });

  test('the timeout bounds the whole execution', async () => {
    const graph = { nodes: [{ id: 'slow', type: 'wait', data: { ms: 5000 } }], edges: [] };
    const { workflowId } = await deployedWorkflow(server, cast.owner, graph);
    const res = await execute(workflowId, cast.owner.headers, { execution_options: { timeout: 1000 } });
    const done = await waitForExecution(server, cast.owner, res.body.execution_id);
    assert.equal(done.status, 'failed');
    assert.match(done.error_message, /timeout of 1000 ms/);
  });

  test('a wait longer than any timer holds (1e300 ms) waits, until the timeout ends it, rather than completing at once', async () => {
    const graph = { nodes: [{ id: 'forever', type: 'wait', data: { ms: 1e300 } }], edges: [] };
    const { workflowId } = await deployedWorkflow(server, cast.owner, graph);
    const res = await execute(workflowId, cast.owner.headers, { execution_options: { timeout: 1000 } });
    const done = await waitForExecution(server, cast.owner, res.body.execution_id);
    assert.equal(done.status, 'failed');
    assert.match(done.error_message, /timeout of 1000 ms/);
  });

  test('more executions than WORKER_CONCURRENCY run at once: a waiting workflow does not hold back the others', async () => {
    const graph = { nodes: [{ id: 'hold', type: 'wait', data: { ms: 60_000 } }], edges: [] };
    const { workflowId, agentId } = await deployedWorkflow(server, cast.owner, graph);
    const count = server.config.workerConcurrency + 2;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push((await execute(workflowId, cast.owner.headers).expect(202)).body.execution_id);
    for (const id of ids) await waitForExecution(server, cast.owner, id, ['running']);
    await server.http.post(`${base}/agents/${agentId}/undeploy`).set(cast.owner.headers).expect(200);
    for (const id of ids) assert.equal((await waitForExecution(server, cast.owner, id)).status, 'cancelled');
  });

  test('undeploying the agent cancels its running execution', async () => {
    const graph = { nodes: [{ id: 'a', type: 'wait', data: { ms: 300 } }, { id: 'b', type: 'wait', data: { ms: 300 } }, { id: 'c', type: 'wait', data: { ms: 300 } }], edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }] };
    const { workflowId, agentId } = await deployedWorkflow(server, cast.owner, graph);
    const res = await execute(workflowId, cast.owner.headers);
    await waitForExecution(server, cast.owner, res.body.execution_id, ['running']);
    await server.http.post(`${base}/agents/${agentId}/undeploy`).set(cast.owner.headers).expect(200);
    const done = await waitForExecution(server, cast.owner, res.body.execution_id);
    assert.equal(done.status, 'cancelled');
    assert.equal(done.error_message, 'Agent was undeployed');
    await new Promise((resolve) => setTimeout(resolve, 700));
    const later = await server.http.get(`${base}/executions/${res.body.execution_id}`).set(cast.owner.headers);
    assert.equal(later.body.status, 'cancelled', 'the engine does not overwrite a cancellation');
  });

  for (const end of ['undeploy', 'restart', 'sweep'] as const) {
    test(`a step under way when the execution is ended from outside (${end}) ends failed, not running forever`, async () => {
      const graph = { nodes: [{ id: 'first', type: 'input' }, { id: 'slow', type: 'wait', data: { ms: 3000 } }], edges: [{ source: 'first', target: 'slow' }] };
      const { workflowId, agentId } = await deployedWorkflow(server, cast.owner, graph);
      const res = await execute(workflowId, cast.owner.headers);
      const id = res.body.execution_id as string;
      const { waitFor } = await import('../support/wait.js');
      await waitFor(async () => {
        const now = await server.http.get(`${base}/executions/${id}`).set(cast.owner.headers);
        return now.body.execution_data.steps.some((s: { node_id: string; status: string }) => s.node_id === 'slow' && s.status === 'running');
      });
      const agent = `${base}/agents/${agentId}`;
      if (end === 'undeploy') await server.http.post(`${agent}/undeploy`).set(cast.owner.headers).expect(200);
      if (end === 'restart') await server.http.post(`${agent}/container/restart`).set(cast.owner.headers).expect(202);
      if (end === 'sweep') {
        const longAgo = new Date(Date.now() - 200_000);
        await server.db.knex('orch_executions').where({ id }).update({ started_at: longAgo, running_since: longAgo });
        assert.equal(await servicesOf(server).executions.failLost(), 1);
      }
      const row = await server.db.knex('orch_executions').where({ id }).first();
      assert.notEqual(row.status, 'running');
      assert.deepEqual(
        row.steps.map((s: { node_id: string; status: string; completed_at: string | null }) => [s.node_id, s.status, s.completed_at !== null]),
        [['first', 'completed', true], ['slow', 'failed', true]],
      );
      const seen = await server.http.get(`${base}/executions/${id}`).set(cast.owner.headers);
      assert.deepEqual(schemaErrors('orchestrator', 'Execution', seen.body), []);
      assert.equal(seen.body.execution_data.steps[1].status, 'failed');
    });
  }

  test('an execution left running a minute past its timeout (its worker died) is failed by the sweep', async () => {
    const graph = { nodes: [{ id: 'slow', type: 'wait', data: { ms: 2000 } }], edges: [] };
    const { workflowId } = await deployedWorkflow(server, cast.owner, graph);
    const res = await execute(workflowId, cast.owner.headers, { execution_options: { timeout: 5000 } });
    await waitForExecution(server, cast.owner, res.body.execution_id, ['running']);
    const knex = server.db.knex;
    // As if it had started long ago on a worker that is gone: the engine's own end must not overwrite the sweep.
    const longAgo = new Date(Date.now() - 70_000);
    await knex('orch_executions').where({ id: res.body.execution_id }).update({ started_at: longAgo, running_since: longAgo });
    assert.equal(await servicesOf(server).executions.failLost(), 1);
    const lost = await server.http.get(`${base}/executions/${res.body.execution_id}`).set(cast.owner.headers);
    assert.deepEqual([lost.body.status, lost.body.error_message], ['failed', 'Execution lost: its worker stopped before it finished']);
    assert.equal(await servicesOf(server).executions.failLost(), 0, 'a fresh execution is left alone');
  });

  test('the sweep measures the timeout from when a worker took the execution, not from when it was accepted', async () => {
    const graph = { nodes: [{ id: 'slow', type: 'wait', data: { ms: 2000 } }], edges: [] };
    const { workflowId } = await deployedWorkflow(server, cast.owner, graph);
    const res = await execute(workflowId, cast.owner.headers, { execution_options: { timeout: 5000 } });
    await waitForExecution(server, cast.owner, res.body.execution_id, ['running']);
    // As if it had waited its turn in pending for minutes before a worker took it just now.
    await server.db.knex('orch_executions').where({ id: res.body.execution_id }).update({ started_at: new Date(Date.now() - 300_000) });
    assert.equal(await servicesOf(server).executions.failLost(), 0);
    assert.equal((await waitForExecution(server, cast.owner, res.body.execution_id)).status, 'completed');
  });

  test('the stale sweep queues a pending execution again only when none of its jobs still waits (a backlog was sent again every minute)', async () => {
    const { workflowId } = await deployedWorkflow(server, cast.owner);
    const id = (await execute(workflowId, cast.owner.headers)).body.execution_id as string;
    await waitForExecution(server, cast.owner, id);
    const knex = server.db.knex;
    // Pending since long ago, its job waiting behind a backlog (here: due in an hour).
    await knex('orch_executions').where({ id }).update({ status: 'pending', started_at: new Date(Date.now() - 300_000), running_since: null, completed_at: null });
    const queue = (servicesOf(server).executions as unknown as { queue: JobQueue }).queue;
    await queue.send(EXECUTION_QUEUE, { executionId: id }, undefined, { startAfter: new Date(Date.now() + 3_600_000) });
    const jobs = () => knex(`${testQueueSchema}.job`).whereRaw(`data->>'executionId' = ?`, [id]);
    const before = (await jobs()).length;

    await servicesOf(server).executions.resume(undefined, 0);
    assert.equal((await jobs()).length, before, 'no second job while one waits');

    await jobs().where({ state: 'created' }).update({ state: 'cancelled' });
    await servicesOf(server).executions.resume(undefined, 0);
    assert.equal((await jobs()).length, before + 1);
    assert.equal((await waitForExecution(server, cast.owner, id)).status, 'completed');
  });

  test('403: the viewer', async () => {
    const { workflowId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    assertError(await execute(workflowId, cast.viewer.headers), 403, 'AUTHORIZATION_ERROR');
  });

  test('404: the stranger and an unknown workflow', async () => {
    const { workflowId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    assertError(await execute(workflowId, cast.stranger.headers), 404, 'NOT_FOUND');
    assertError(await execute(randomUUID(), cast.owner.headers), 404, 'NOT_FOUND');
  });

  test('409: an inactive workflow, and a workflow of an agent not deployed', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    const inactive = await createWorkflow(server, cast.owner, agentId, { is_active: false });
    assertError(await execute(inactive.id, cast.owner.headers), 409, 'CONFLICT');
    const { workflowId, agentId: other } = await deployedWorkflow(server, cast.owner);
    await server.http.post(`${base}/agents/${other}/undeploy`).set(cast.owner.headers).expect(200);
    assertError(await execute(workflowId, cast.owner.headers), 409, 'CONFLICT');
  });

  test('409: a workflow whose graph has no nodes, emptied after its agent was deployed; nothing is queued (it was 202 and ended completed having run nothing)', async () => {
    const { workflowId } = await deployedWorkflow(server, cast.owner);
    await server.http.put(`${base}/workflows/${workflowId}`).set(cast.owner.headers).send({ workflow_data: { nodes: [], edges: [] } }).expect(200);
    const res = await execute(workflowId, cast.owner.headers, { input_data: { message: 'hi' } });
    assertError(res, 409, 'CONFLICT');
    assert.equal(res.body.error.message, 'Workflow has no nodes to run');
    assert.equal((await server.db.knex('orch_executions').where({ workflow_id: workflowId })).length, 0);
  });

  test('503: the agent container cannot be reached', async () => {
    const { workflowId } = await deployedWorkflow(server, cast.owner);
    const runtime = servicesOf(server).runtime as unknown as Record<string, unknown>;
    const original = runtime.ensureRunning;
    runtime.ensureRunning = async () => {
      throw new RuntimeUnavailable('no answer');
    };
    try {
      const res = await execute(workflowId, cast.owner.headers);
      assertError(res, 503, 'SERVICE_UNAVAILABLE');
      assert.ok(Number(res.headers['retry-after']) > 0);
    } finally {
      runtime.ensureRunning = original;
    }
  });

  test('409, not 503: executing while an undeploy has stopped the container but not yet marked the agent inactive', async () => {
    const { workflowId, containerId } = await deployedWorkflow(server, cast.owner);
    await server.db.knex('orch_containers').where({ id: containerId }).update({ status: 'stopped' });
    const res = await execute(workflowId, cast.owner.headers);
    assertError(res, 409, 'CONFLICT');
    assert.equal(res.body.error.message, 'Agent is not deployed');
    assert.equal(res.headers['retry-after'], undefined);
  });

  test('400: options out of range and unknown fields', async () => {
    const { workflowId } = await deployedWorkflow(server, cast.owner);
    assertError(await execute(workflowId, cast.owner.headers, { execution_options: { timeout: 10 } }), 400, 'VALIDATION_ERROR');
    assertError(await execute(workflowId, cast.owner.headers, { execution_options: { retry_count: 11 } }), 400, 'VALIDATION_ERROR');
    assertError(await execute(workflowId, cast.owner.headers, { input: {} }), 400, 'VALIDATION_ERROR');
  });

  test('401: without a token', async () => {
    assertError(await execute(randomUUID(), {}), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('getExecution', () => {
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
    test(`200: the ${role} reads an execution of an organization agent`, async () => {
      const { workflowId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
      const started = await execute(workflowId, cast.owner.headers);
      const res = await server.http.get(`${base}/executions/${started.body.execution_id}`).set(cast[role].headers);
      assert.equal(res.status, 200);
      assert.deepEqual(schemaErrors('orchestrator', 'Execution', res.body), []);
    });
  }

  test('404: the stranger, an unknown id', async () => {
    const { workflowId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    const started = await execute(workflowId, cast.owner.headers);
    assertError(await server.http.get(`${base}/executions/${started.body.execution_id}`).set(cast.stranger.headers), 404, 'NOT_FOUND');
    assertError(await server.http.get(`${base}/executions/${randomUUID()}`).set(cast.owner.headers), 404, 'NOT_FOUND');
  });

  test('400 and 401', async () => {
    assertError(await server.http.get(`${base}/executions/x`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.get(`${base}/executions/${randomUUID()}`), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('listExecutions', () => {
  test('200: newest first, paginated, filtered by workflow, agent, status and dates; only what the caller may read', async () => {
    const user = await newUser(server);
    const first = await deployedWorkflow(server, user);
    const second = await deployedWorkflow(server, user);
    const ids: string[] = [];
    for (const w of [first.workflowId, first.workflowId, second.workflowId]) ids.push((await execute(w, user.headers)).body.execution_id);
    for (const id of ids) await waitForExecution(server, user, id);
    // A stranger's execution exists too and must not count.
    const other = await newUser(server);
    await execute((await deployedWorkflow(server, other)).workflowId, other.headers);

    const list = async (query: string) => {
      const res = await server.http.get(`${base}/executions?${query}`).set(user.headers);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(schemaErrors('orchestrator', 'ExecutionListResponse', res.body), []);
      return res.body;
    };
    const all = await list('');
    assert.deepEqual(all.executions.map((e: { id: string }) => e.id), [...ids].reverse());
    assert.deepEqual(all.pagination, { page: 1, limit: 20, total: 3, pages: 1 });
    assert.equal('execution_data' in all.executions[0], false);
    const page2 = await list('limit=2&page=2');
    assert.deepEqual([page2.executions.map((e: { id: string }) => e.id), page2.pagination.pages], [[ids[0]], 2]);
    assert.equal((await list(`workflow_id=${first.workflowId}`)).pagination.total, 2);
    assert.equal((await list(`agent_id=${second.agentId}`)).pagination.total, 1);
    assert.equal((await list('status=completed')).pagination.total, 3);
    assert.equal((await list('status=failed')).pagination.total, 0);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal((await list(`start_date=${today}&end_date=${today}`)).pagination.total, 3, 'a bare date covers the whole UTC day');
    assert.equal((await list(`end_date=2000-01-01`)).pagination.total, 0);
    assert.equal((await list(`start_date=${new Date(Date.now() + 60_000).toISOString()}`)).pagination.total, 0);
    const stranger = await server.http.get(`${base}/executions?agent_id=${first.agentId}`).set(other.headers);
    assert.equal(stranger.body.pagination.total, 0);
  });

  test('200: members of an organization see its executions; a stranger does not', async () => {
    const { workflowId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    const started = await execute(workflowId, cast.member.headers);
    for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
      const res = await server.http.get(`${base}/executions?workflow_id=${workflowId}`).set(cast[role].headers);
      assert.deepEqual(res.body.executions.map((e: { id: string }) => e.id), [started.body.execution_id], role);
    }
    const hidden = await server.http.get(`${base}/executions?workflow_id=${workflowId}`).set(cast.stranger.headers);
    assert.equal(hidden.body.pagination.total, 0);
  });

  test('200: a page however far past the last, up to the maximum 2147483647, is empty (page=1e18 was a 500)', async () => {
    const user = await newUser(server);
    for (const query of ['page=2', 'limit=100&page=2147483647']) {
      const res = await server.http.get(`${base}/executions?${query}`).set(user.headers);
      assert.equal(res.status, 200, `${query}: ${res.text}`);
      assert.deepEqual(schemaErrors('orchestrator', 'ExecutionListResponse', res.body), []);
      assert.deepEqual(res.body.executions, []);
    }
  });

  test('400: a page over 2147483647 names page (page=99999999999999999999 was 200 echoing page 1e20)', async () => {
    const user = await newUser(server);
    for (const page of ['2147483648', '1e18', '99999999999999999999', '1e21']) {
      const res = await server.http.get(`${base}/executions?page=${page}`).set(user.headers);
      assertError(res, 400, 'VALIDATION_ERROR');
      assert.deepEqual(res.body.error.details.map((d: { field?: string }) => d.field), ['page'], `page=${page}`);
    }
  });

  test('200: start_date and end_date may name a leap second (23:59:60), which RFC 3339 allows (it was a 500)', async () => {
    const user = await newUser(server);
    const { workflowId } = await deployedWorkflow(server, user);
    const started = await execute(workflowId, user.headers);
    await waitForExecution(server, user, started.body.execution_id);
    const list = async (query: string) => {
      const res = await server.http.get(`${base}/executions?${query}`).set(user.headers);
      assert.equal(res.status, 200, `${query}: ${res.text}`);
      assert.deepEqual(schemaErrors('orchestrator', 'ExecutionListResponse', res.body), []);
      return res.body.pagination.total;
    };
    assert.equal(await list('start_date=2016-12-31T23:59:60Z'), 1);
    assert.equal(await list('end_date=2016-12-31T23:59:60.5Z'), 0);
  });

  test('400: end_date before start_date, a bad date, a bad status, limit 0', async () => {
    for (const query of ['start_date=2024-02-01&end_date=2024-01-01', 'start_date=yesterday', 'status=done', 'limit=0']) {
      assertError(await server.http.get(`${base}/executions?${query}`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    }
  });

  test('400: one detail per bad date parameter, saying both forms it may take (it was three for each)', async () => {
    const res = await server.http.get(`${base}/executions?start_date=yesterday&end_date=2024-13-45`).set(cast.owner.headers);
    assertError(res, 400, 'VALIDATION_ERROR');
    const either = 'must match format "date" or match format "date-time"';
    assert.deepEqual(res.body.error.details, [
      { field: 'start_date', message: either },
      { field: 'end_date', message: either },
    ]);
  });

  test('401: without a token', async () => {
    assertError(await server.http.get(`${base}/executions`), 401, 'AUTHENTICATION_ERROR');
  });
});
