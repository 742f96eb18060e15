import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { RuntimeUnavailable } from '../../src/services/orchestrator/runtime.js';
import { schemaErrors } from '../support/spec-validator.js';
import type { TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import { assertError, base, createAgent, deployedWorkflow, newOrganization, servicesOf, startOrchestrator, waitForExecution, type Cast } from './support.js';

let server: TestServer;
let cast: Cast;
const orgOwned = () => ({ owner_type: 'organization', owner_id: cast.organizationId });
before(async () => {
  server = await startOrchestrator();
  cast = await newOrganization(server);
});
after(() => server.close());

function runtimeDown(method: 'inspect' | 'beginRestart' | 'logs') {
  const runtime = servicesOf(server).runtime as unknown as Record<string, unknown>;
  const original = runtime[method];
  runtime[method] = async () => {
    throw new RuntimeUnavailable('connection refused');
  };
  return () => (runtime[method] = original);
}

describe('getAgentContainer', () => {
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
    test(`200: the ${role} reads the running container with its usage and latest logs`, async () => {
      const { agentId, containerId, workflowId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
      const run = await server.http.post(`${base}/workflows/${workflowId}/execute`).set(cast.owner.headers);
      await waitForExecution(server, cast.owner, run.body.execution_id);
      // The engine logs the end right after recording it.
      const res = await waitFor(async () => {
        const status = await server.http.get(`${base}/agents/${agentId}/container`).set(cast[role].headers);
        return /completed/.test(status.body.logs?.join('\n')) ? status : undefined;
      });
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(schemaErrors('orchestrator', 'ContainerStatus', res.body), []);
      assert.deepEqual([res.body.container_id, res.body.status, res.body.health_status], [containerId, 'running', 'healthy']);
      assert.equal(res.body.resource_usage.memory_limit, 4096, "the organization's pro allowance");
      assert.ok(res.body.resource_usage.memory_usage > 0);
      assert.match(res.body.logs.join('\n'), /local runtime[\s\S]*completed/);
    });
  }

  test('404: the stranger, and an agent without a container', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    assertError(await server.http.get(`${base}/agents/${agentId}/container`).set(cast.stranger.headers), 404, 'NOT_FOUND');
    const draft = await createAgent(server, cast.owner);
    assertError(await server.http.get(`${base}/agents/${draft.id}/container`).set(cast.owner.headers), 404, 'NOT_FOUND');
  });

  test('409: of restarts raced, one is 202 and the others say the container is already restarting', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    const raced = await Promise.all(Array.from({ length: 6 }, () => server.http.post(`${base}/agents/${agentId}/container/restart`).set(cast.owner.headers)));
    assert.equal(raced.filter((r) => r.status === 202).length, 1);
    for (const res of raced.filter((r) => r.status !== 202)) {
      assertError(res, 409, 'CONFLICT');
      assert.equal(res.body.error.message, 'Container is already restarting');
    }
  });

  test('503: the runtime cannot be reached', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    const restore = runtimeDown('inspect');
    try {
      const res = await server.http.get(`${base}/agents/${agentId}/container`).set(cast.owner.headers);
      assertError(res, 503, 'SERVICE_UNAVAILABLE');
      assert.ok(Number(res.headers['retry-after']) > 0);
    } finally {
      restore();
    }
  });

  test('400 and 401', async () => {
    assertError(await server.http.get(`${base}/agents/x/container`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.get(`${base}/agents/${randomUUID()}/container`), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('restartAgentContainer', () => {
  for (const role of ['owner', 'admin', 'member'] as const) {
    test(`202: the ${role} restarts it; it reports restarting, then running again`, async () => {
      const { agentId, containerId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
      const res = await server.http.post(`${base}/agents/${agentId}/container/restart`).set(cast[role].headers);
      assert.equal(res.status, 202, res.text);
      assert.deepEqual(schemaErrors('orchestrator', 'RestartContainerResponse', res.body), []);
      assert.deepEqual([res.body.container_id, res.body.status], [containerId, 'restarting']);
      const running = await waitFor(async () => {
        const status = await server.http.get(`${base}/agents/${agentId}/container`).set(cast.owner.headers);
        return status.body.status === 'running' ? status.body : undefined;
      });
      assert.match(running.logs.join('\n'), /Container restarting[\s\S]*running again/);
    });
  }

  test('403: the viewer; 404: the stranger and an agent without a container', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    assertError(await server.http.post(`${base}/agents/${agentId}/container/restart`).set(cast.viewer.headers), 403, 'AUTHORIZATION_ERROR');
    assertError(await server.http.post(`${base}/agents/${agentId}/container/restart`).set(cast.stranger.headers), 404, 'NOT_FOUND');
    const draft = await createAgent(server, cast.owner);
    assertError(await server.http.post(`${base}/agents/${draft.id}/container/restart`).set(cast.owner.headers), 404, 'NOT_FOUND');
  });

  test('an agent in error deleted while its restart waits gets no process: the container ends stopped and the agent stays deleted (it came back active with a process no one could reach)', async () => {
    const { agentId, containerId } = await deployedWorkflow(server, cast.owner);
    // The agent's process died: agent and container in error, which a restart is for and which may be deleted.
    await server.db.knex('orch_agents').where({ id: agentId }).update({ status: 'error' });
    const runtime = servicesOf(server).runtime as unknown as { completeRestart: (containerId: string) => Promise<boolean> };
    const { completeRestart } = runtime;
    let deleted!: () => void;
    const deletion = new Promise<void>((resolve) => (deleted = resolve));
    runtime.completeRestart = async function (this: unknown, id: string) {
      await deletion;
      return completeRestart.call(this, id);
    };
    // The restart job's end, whatever it did.
    const containers = servicesOf(server).containers;
    const job = containers.completeRestart;
    let restarted!: () => void;
    const restartDone = new Promise<void>((resolve) => (restarted = resolve));
    containers.completeRestart = async function (this: unknown, ...args: Parameters<typeof job>) {
      try {
        return await job.apply(this, args);
      } finally {
        restarted();
      }
    };
    try {
      await server.http.post(`${base}/agents/${agentId}/container/restart`).set(cast.owner.headers).expect(202);
      await server.http.delete(`${base}/agents/${agentId}`).set(cast.owner.headers).expect(200);
      deleted();
      await restartDone;
    } finally {
      runtime.completeRestart = completeRestart;
      containers.completeRestart = job;
    }
    assert.equal((await servicesOf(server).runtime.inspect(containerId))?.status, 'stopped');
    const agent = await server.db.knex('orch_agents').where({ id: agentId }).first('status', 'deleted_at');
    assert.notEqual(agent.deleted_at, null);
    assert.notEqual(agent.status, 'active');
    assert.equal(await servicesOf(server).runtime.supervisor(containerId), null, 'no process supervises the container');
    assertError(await server.http.get(`${base}/agents/${agentId}`).set(cast.owner.headers), 404, 'NOT_FOUND');
  });

  test('409: a container already restarting', async () => {
    const { agentId, containerId } = await deployedWorkflow(server, cast.owner);
    await server.db.knex('orch_containers').where({ id: containerId }).update({ status: 'restarting' });
    assertError(await server.http.post(`${base}/agents/${agentId}/container/restart`).set(cast.owner.headers), 409, 'CONFLICT');
  });

  test('503: the runtime cannot be reached', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    const restore = runtimeDown('beginRestart');
    try {
      assertError(await server.http.post(`${base}/agents/${agentId}/container/restart`).set(cast.owner.headers), 503, 'SERVICE_UNAVAILABLE');
    } finally {
      restore();
    }
  });

  test('400 and 401', async () => {
    assertError(await server.http.post(`${base}/agents/x/container/restart`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.post(`${base}/agents/${randomUUID()}/container/restart`), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('getAgentContainerLogs', () => {
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
    test(`200: the ${role} reads what the container wrote, oldest first, bounded by since/until and tail`, async () => {
      const { agentId, workflowId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
      const run = await server.http.post(`${base}/workflows/${workflowId}/execute`).set(cast.owner.headers);
      await waitForExecution(server, cast.owner, run.body.execution_id);
      const all = await waitFor(async () => {
        const logs = await server.http.get(`${base}/agents/${agentId}/container/logs`).set(cast[role].headers);
        return logs.body.logs?.length === 4 ? logs : undefined;
      });
      assert.equal(all.status, 200);
      assert.deepEqual(schemaErrors('orchestrator', 'ContainerLogsResponse', all.body), []);
      const messages = all.body.logs.map((l: { message: string }) => l.message);
      assert.equal(messages.length, 4);
      assert.match(messages[0], /local runtime/);
      assert.match(messages[3], /completed/);
      const tail = await server.http.get(`${base}/agents/${agentId}/container/logs?tail=1`).set(cast[role].headers);
      assert.deepEqual(tail.body.logs.map((l: { message: string }) => l.message), [messages[3]]);
      const future = new Date(Date.now() + 60_000).toISOString();
      const none = await server.http.get(`${base}/agents/${agentId}/container/logs?since=${future}`).set(cast[role].headers);
      assert.deepEqual(none.body.logs, []);
      const upTo = await server.http.get(`${base}/agents/${agentId}/container/logs?until=${all.body.logs[0].timestamp}`).set(cast[role].headers);
      assert.ok(upTo.body.logs.length >= 1 && upTo.body.logs.length < 4);
    });
  }

  test('200: since and until may name a leap second (23:59:60), which RFC 3339 allows (it was a 500)', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    const logs = (query: string) => server.http.get(`${base}/agents/${agentId}/container/logs?${query}`).set(cast.owner.headers);
    const before = await logs('until=2016-12-31T23:59:60Z');
    assert.equal(before.status, 200, before.text);
    assert.deepEqual(before.body.logs, []);
    const after = await waitFor(async () => {
      const res = await logs('since=2016-12-31T23:59:60.5Z');
      return res.body.logs?.length > 0 ? res : undefined;
    });
    assert.deepEqual(schemaErrors('orchestrator', 'ContainerLogsResponse', after.body), []);
    assertError(await logs('since=2016-12-31T23:59:60Z&until=2016-12-31T23:00:00Z'), 400, 'VALIDATION_ERROR');
  });

  test('404: the stranger and an agent without a container', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner, undefined, orgOwned());
    assertError(await server.http.get(`${base}/agents/${agentId}/container/logs`).set(cast.stranger.headers), 404, 'NOT_FOUND');
    const draft = await createAgent(server, cast.owner);
    assertError(await server.http.get(`${base}/agents/${draft.id}/container/logs`).set(cast.owner.headers), 404, 'NOT_FOUND');
  });

  test('503: the runtime cannot be reached', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    const restore = runtimeDown('logs');
    try {
      assertError(await server.http.get(`${base}/agents/${agentId}/container/logs`).set(cast.owner.headers), 503, 'SERVICE_UNAVAILABLE');
    } finally {
      restore();
    }
  });

  test('400: until before since, a bad tail; 401 without a token', async () => {
    const { agentId } = await deployedWorkflow(server, cast.owner);
    assertError(await server.http.get(`${base}/agents/${agentId}/container/logs?since=2024-02-01T00:00:00Z&until=2024-01-01T00:00:00Z`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.get(`${base}/agents/${agentId}/container/logs?tail=0`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.get(`${base}/agents/${agentId}/container/logs`), 401, 'AUTHENTICATION_ERROR');
  });
});
