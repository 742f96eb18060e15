import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { ownQueueSchema } from '../support/queue-schema.js';
import { waitFor } from '../support/wait.js';
import { ExecutionEngine } from '../../src/services/orchestrator/engine.js';
import { base, deployedWorkflow, newUser, servicesOf, startOrchestrator, waitForExecution, type TestUser } from './support.js';

let server: TestServer;
let user: TestUser;
before(async () => {
  server = await startOrchestrator();
  user = await newUser(server);
});
after(() => server.close());

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const gone = (pid: number) => waitFor(async () => !alive(pid));
const pidOf = async (s: TestServer, containerId: string): Promise<number> => (await s.db.knex('orch_containers').where({ id: containerId }).first('pid')).pid;
const container = (s: TestServer, u: TestUser, agentId: string) => s.http.get(`${base}/agents/${agentId}/container`).set(u.headers);
const logText = async (s: TestServer, u: TestUser, agentId: string) =>
  (await s.http.get(`${base}/agents/${agentId}/container/logs`).set(u.headers)).body.logs.map((l: { message: string }) => l.message).join('\n');
const slowGraph = { nodes: [{ id: 'think', type: 'wait', data: { ms: 10_000 } }], edges: [] };

describe('the local runtime runs each deployed agent as its own process', () => {
  test('deployAgent starts a child process of the server; getAgentContainer reports what it measured of itself, the logs what it wrote', async () => {
    const { agentId, containerId } = await deployedWorkflow(server, user);
    const pid = await pidOf(server, containerId);
    assert.ok(pid > 0 && pid !== process.pid && alive(pid));
    assert.match(readFileSync(`/proc/${pid}/cmdline`, 'utf8'), /agent-program/);
    const status = (await container(server, user, agentId)).body;
    assert.deepEqual([status.status, status.health_status], ['running', 'healthy']);
    assert.ok(status.resource_usage.memory_usage > 0, 'the process reported its resident memory');
    assert.ok(status.resource_usage.memory_usage < 1024, 'that of the child, not of the test runner');
    await waitFor(async () => (await logText(server, user, agentId)).includes(`running in process ${pid}`));
  });

  test('restartAgentContainer: 202, then running again in a new process; the old one is gone', async () => {
    const { agentId, containerId } = await deployedWorkflow(server, user);
    const before = await pidOf(server, containerId);
    const res = await server.http.post(`${base}/agents/${agentId}/container/restart`).set(user.headers);
    assert.equal(res.status, 202);
    await waitFor(async () => (await container(server, user, agentId)).body.status === 'running');
    const after = await pidOf(server, containerId);
    assert.notEqual(after, before);
    assert.ok(alive(after));
    await gone(before);
    await waitFor(async () => (await logText(server, user, agentId)).includes(`running in process ${after}`));
  });

  test('a process killed with SIGKILL: its container is error and its agent too, its execution failed; a restart brings it back', async () => {
    const { agentId, containerId, workflowId } = await deployedWorkflow(server, user, slowGraph);
    const run = await server.http.post(`${base}/workflows/${workflowId}/execute`).set(user.headers);
    await waitFor(async () => {
      const now = await server.http.get(`${base}/executions/${run.body.execution_id}`).set(user.headers);
      return now.body.execution_data.steps.some((s: { status: string }) => s.status === 'running');
    });
    const pid = await pidOf(server, containerId);
    process.kill(pid, 'SIGKILL');
    const failed = await waitForExecution(server, user, run.body.execution_id);
    assert.equal(failed.status, 'failed');
    // The step the process was running when it died did not finish (it stayed 'running' on a failed execution).
    assert.deepEqual(failed.execution_data.steps.filter((s: { status: string }) => s.status === 'running'), []);
    assert.equal(failed.execution_data.steps.at(-1).status, 'failed');
    assert.ok(failed.execution_data.steps.at(-1).completed_at);
    assert.match(failed.error_message, new RegExp(`Agent process ${pid} exited \\(killed by SIGKILL\\)`));
    const dead = await waitFor(async () => {
      const res = await container(server, user, agentId);
      return res.body.status === 'error' ? res.body : undefined;
    });
    assert.equal(dead.health_status, 'unhealthy');
    assert.match(dead.logs.join('\n'), /exited unexpectedly \(killed by SIGKILL\)/);
    assert.equal((await server.http.get(`${base}/agents/${agentId}`).set(user.headers)).body.status, 'error');
    assert.equal((await server.http.post(`${base}/agents/${agentId}/container/restart`).set(user.headers)).status, 202);
    await waitFor(async () => (await container(server, user, agentId)).body.status === 'running');
    assert.ok(alive(await pidOf(server, containerId)));
    assert.equal((await server.http.get(`${base}/agents/${agentId}`).set(user.headers)).body.status, 'active');
  });

  test('undeployAgent stops the process and cancels its pending and running executions', async () => {
    const { agentId, containerId, workflowId } = await deployedWorkflow(server, user, slowGraph);
    const running = (await server.http.post(`${base}/workflows/${workflowId}/execute`).set(user.headers)).body.execution_id;
    await waitForExecution(server, user, running, ['running']);
    // One the queue has not handed out yet.
    const [row] = await server.db.knex('orch_executions').where({ id: running }).select('*');
    const queued = randomUUID();
    await server.db.knex('orch_executions').insert({ ...row, id: queued, status: 'pending', steps: '[]', input: '{}', options: JSON.stringify(row.options), correlation_id: randomUUID() });
    const pid = await pidOf(server, containerId);
    await server.http.post(`${base}/agents/${agentId}/undeploy`).set(user.headers).expect(200);
    assert.equal(alive(pid), false, 'the process is gone when undeploy answers');
    for (const id of [running, queued]) {
      const done = await waitForExecution(server, user, id);
      assert.deepEqual([done.status, done.error_message], ['cancelled', 'Agent was undeployed']);
    }
  });

  test('an execution claimed while the server stops its processes goes back to pending instead of failing', async () => {
    const stopping = await startOrchestrator({ QUEUE_SCHEMA: ownQueueSchema('stopping') });
    try {
      const owner = await newUser(stopping);
      const { workflowId } = await deployedWorkflow(stopping, owner);
      // Accepted while no worker takes it; then the processes stop, as at the start of a shutdown.
      stopping.queue.pause();
      const run = await stopping.http.post(`${base}/workflows/${workflowId}/execute`).set(owner.headers).expect(202);
      const executionId = run.body.execution_id as string;
      const services = servicesOf(stopping);
      await services.runtime.shutdown();
      // A worker that found the process still there a moment before, and claims the execution now.
      const racing = Object.create(services.runtime, { supervisor: { value: async () => 'here' } });
      const announced: { type: string; data: { status: string } }[] = [];
      const publish = async (message: Record<string, unknown>) => void announced.push(message as (typeof announced)[number]);
      const engine = new ExecutionEngine(stopping.db.knex, undefined as never, racing, services.events, publish, services.executionSlots, stopping.logger);
      await engine.run(executionId);
      const row = await stopping.db.knex('orch_executions').where({ id: executionId }).first();
      assert.deepEqual([row.status, row.steps, row.error_message], ['pending', [], null]);
      assert.deepEqual(announced.map((m) => m.data.status), ['running', 'pending']);
    } finally {
      await stopping.close();
    }
  });

  test('an execution that ends within the shutdown grace period finishes before its agent process is stopped', async () => {
    await onOneNode(async (start) => {
      const first = await start();
      const { owner, executionId } = await slowExecutionRunning(first);
      await first.close({ jobGraceMs: 30_000 });

      const second = await start();
      try {
        // Done before the next server started: not run again by it.
        const res = await second.http.get(`${base}/executions/${executionId}`).set(owner.headers).expect(200);
        assert.equal(res.body.status, 'completed', JSON.stringify(res.body));
      } finally {
        await second.close();
      }
    });
  });

  test('an execution under way when the server stops goes back to pending and runs again from the start on the next server', async () => {
    await onOneNode(async (start) => {
      const first = await start();
      const { owner, executionId } = await slowExecutionRunning(first);
      await first.close();

      const second = await start();
      try {
        const done = await waitForExecution(second, owner, executionId);
        assert.equal(done.status, 'completed', JSON.stringify(done));
        assert.deepEqual(done.execution_data.steps.map((s: { node_id: string }) => s.node_id), ['slow']);
      } finally {
        await second.close();
      }
    });
  });

  test('stopping the server stops every process it started; the next server on the node adopts the deployed agents', async () => {
    await onOneNode(async (start) => {
      const first = await start();
      const owner = await newUser(first);
      const agents = [await deployedWorkflow(first, owner), await deployedWorkflow(first, owner)];
      const pids = await Promise.all(agents.map((a) => pidOf(first, a.containerId)));
      assert.ok(pids.every(alive));
      await first.close();
      for (const pid of pids) assert.equal(alive(pid), false, `process ${pid} outlived its server`);

      const second = await start();
      try {
        for (const [i, { agentId, containerId, workflowId }] of agents.entries()) {
          const status = (await container(second, owner, agentId)).body;
          assert.equal(status.status, 'running');
          const pid = await pidOf(second, containerId);
          assert.notEqual(pid, pids[i]);
          assert.ok(alive(pid));
          assert.match(await logText(second, owner, agentId), /adopts the container/);
          const run = await second.http.post(`${base}/workflows/${workflowId}/execute`).set(owner.headers);
          assert.equal((await waitForExecution(second, owner, run.body.execution_id)).status, 'completed');
        }
      } finally {
        await second.close();
      }
    });
  });
});

/**
 * Runs `body` with a way to start servers on one node and one data directory, as restarts of one `npm start` are;
 * the body closes the servers it starts, and the directory goes when it ends.
 */
async function onOneNode(body: (start: () => Promise<TestServer>) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'orchestrator-runtime-'));
  const node = `test-${randomUUID()}`;
  try {
    // The node's servers share a queue of their own: on Postgres, the file's main server would otherwise claim their executions.
    await body(() => startOrchestrator({ DATA_DIR: dataDir, ORCHESTRATOR_NODE: node, QUEUE_SCHEMA: ownQueueSchema('one_node') }, { persistent: true }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A new user's execution of a workflow that waits 1.5 s, once it runs. */
async function slowExecutionRunning(server: TestServer): Promise<{ owner: TestUser; executionId: string }> {
  const owner = await newUser(server);
  const { workflowId } = await deployedWorkflow(server, owner, { nodes: [{ id: 'slow', type: 'wait', data: { ms: 1500 } }], edges: [] });
  const run = await server.http.post(`${base}/workflows/${workflowId}/execute`).set(owner.headers).expect(202);
  const executionId = run.body.execution_id as string;
  await waitForExecution(server, owner, executionId, ['running']);
  return { owner, executionId };
}
