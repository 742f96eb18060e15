import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { RuntimeUnavailable } from '../../src/services/orchestrator/runtime.js';
import { schemaErrors } from '../support/spec-validator.js';
import type { TestServer } from '../support/test-server.js';
import { assertError, base, createAgent, createWorkflow, newOrganization, newUser, servicesOf, startOrchestrator, waitForExecution, type Cast } from './support.js';

let server: TestServer;
let cast: Cast;
before(async () => {
  server = await startOrchestrator();
  cast = await newOrganization(server);
});
after(() => server.close());

/** An organization agent with an active workflow, ready to deploy. */
/** A pending execution of the agent's workflow that is not on the queue: the test decides when a worker takes it. */
async function unqueuedExecution(agentId: string, containerId: string): Promise<string> {
  const workflow: { id: string } = await server.db.knex('orch_workflows').where({ agent_id: agentId }).first('id');
  const executionId = randomUUID();
  await server.db.knex('orch_executions').insert({
    id: executionId,
    workflow_id: workflow.id,
    workflow_version: 0,
    agent_id: agentId,
    owner_org_id: cast.organizationId,
    container_id: containerId,
    status: 'pending',
    input: '{}',
    options: JSON.stringify({ timeout: 30_000, retry_count: 0 }),
    correlation_id: randomUUID(),
  });
  return executionId;
}

async function deployable() {
  const agent = await createAgent(server, cast.owner, { owner_type: 'organization', owner_id: cast.organizationId });
  await createWorkflow(server, cast.owner, agent.id);
  return agent.id;
}

/** Makes the runtime's `method` report it cannot be reached until restored. */
function runtimeDown(method: 'start' | 'stop' | 'ensureRunning') {
  const runtime = servicesOf(server).runtime as unknown as Record<string, unknown>;
  const original = runtime[method];
  runtime[method] = async () => {
    throw new RuntimeUnavailable('connection refused');
  };
  return () => (runtime[method] = original);
}

describe('deployAgent', () => {
  for (const role of ['owner', 'admin', 'member'] as const) {
    test(`200: the ${role} deploys it on the local runtime; the agent is active with its container`, async () => {
      const id = await deployable();
      const res = await server.http.post(`${base}/agents/${id}/deploy`).set(cast[role].headers);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(schemaErrors('orchestrator', 'DeployAgentResponse', res.body), []);
      assert.match(res.body.container_id, /^local-/);
      assert.match(res.body.deployment_logs.join('\n'), /local runtime/);
      const agent = await server.http.get(`${base}/agents/${id}`).set(cast.viewer.headers);
      assert.deepEqual([agent.body.status, agent.body.container_id, agent.body.deployed_at], ['active', res.body.container_id, res.body.deployed_at]);
    });
  }

  test('403: the viewer', async () => {
    assertError(await server.http.post(`${base}/agents/${await deployable()}/deploy`).set(cast.viewer.headers), 403, 'AUTHORIZATION_ERROR');
  });

  test('404: the stranger', async () => {
    assertError(await server.http.post(`${base}/agents/${await deployable()}/deploy`).set(cast.stranger.headers), 404, 'NOT_FOUND');
  });

  test('409: already deployed, and an agent without an active workflow', async () => {
    const id = await deployable();
    await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers).expect(200);
    assertError(await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers), 409, 'CONFLICT');
    const bare = await createAgent(server, cast.owner);
    assertError(await server.http.post(`${base}/agents/${bare.id}/deploy`).set(cast.owner.headers), 409, 'CONFLICT');
    const inactive = await createAgent(server, cast.owner);
    await createWorkflow(server, cast.owner, inactive.id, { is_active: false });
    assertError(await server.http.post(`${base}/agents/${inactive.id}/deploy`).set(cast.owner.headers), 409, 'CONFLICT');
  });

  test('409: an agent whose only active workflow has no nodes, and no process is started (it deployed, and its executions completed having run nothing)', async () => {
    const agent = await createAgent(server, cast.owner);
    await createWorkflow(server, cast.owner, agent.id, { workflow_data: { nodes: [], edges: [] } });
    const res = await server.http.post(`${base}/agents/${agent.id}/deploy`).set(cast.owner.headers);
    assertError(res, 409, 'CONFLICT');
    assert.equal(res.body.error.message, 'Agent has no active workflow with nodes to deploy');
    const after = (await server.http.get(`${base}/agents/${agent.id}`).set(cast.owner.headers)).body;
    assert.deepEqual([after.status, after.container_id], ['draft', null]);
    await createWorkflow(server, cast.owner, agent.id);
    await server.http.post(`${base}/agents/${agent.id}/deploy`).set(cast.owner.headers).expect(200);
  });

  test('409: deploys of one agent at once start one process; the others are refused before they start any', async () => {
    const id = await deployable();
    const results = await Promise.all(Array.from({ length: 6 }, () => server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers)));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409, 409, 409, 409, 409]);
    for (const refused of results.filter((r) => r.status === 409)) {
      assertError(refused, 409, 'CONFLICT');
      assert.match(refused.body.error.message, /^Agent is already (being )?deployed$/);
    }
    const containers: { id: string }[] = await server.db.knex('orch_containers').where({ agent_id: id }).select('id');
    assert.deepEqual(containers.map((c) => c.id), [results.find((r) => r.status === 200)!.body.container_id]);
  });

  test('409 while another deploy holds the agent; a hold left by a server that stopped mid-deploy lapses', async () => {
    const id = await deployable();
    const hold = (sql: string) => server.db.knex('orch_agents').where({ id }).update({ deploying_until: server.db.knex.raw(sql) });
    await hold(`now() + interval '30 seconds'`);
    const refused = await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers);
    assertError(refused, 409, 'CONFLICT');
    assert.equal(refused.body.error.message, 'Agent is already being deployed');
    assert.deepEqual(await server.db.knex('orch_containers').where({ agent_id: id }).select('id'), [], 'nothing was started');
    await hold(`now() - interval '1 second'`);
    const deployed = await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers);
    assert.equal(deployed.status, 200, deployed.text);
    assert.equal((await server.db.knex('orch_agents').where({ id }).first('deploying_until')).deploying_until, null, 'the deploy let go of the agent');
  });

  test('503: the runtime cannot be reached; Retry-After is set and the agent stays as it was', async () => {
    const id = await deployable();
    const restore = runtimeDown('start');
    try {
      const res = await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers);
      assertError(res, 503, 'SERVICE_UNAVAILABLE');
      assert.ok(Number(res.headers['retry-after']) > 0);
    } finally {
      restore();
    }
    assert.equal((await server.http.get(`${base}/agents/${id}`).set(cast.owner.headers)).body.status, 'draft');
    assert.equal((await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers)).status, 200, 'the failed deploy let go of the agent');
  });

  test('500: a container that fails to start leaves the agent in error; it can be deployed again', async () => {
    const id = await deployable();
    const runtime = servicesOf(server).runtime as unknown as Record<string, unknown>;
    const original = runtime.start;
    runtime.start = async () => {
      throw new Error('image pull failed');
    };
    try {
      assertError(await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers), 500, 'INTERNAL_ERROR');
    } finally {
      runtime.start = original;
    }
    assert.equal((await server.http.get(`${base}/agents/${id}`).set(cast.owner.headers)).body.status, 'error');
    assert.equal((await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers)).status, 200);
  });

  test('503, not 500: an agent process not ready in time (a busy machine) leaves the agent as it was, with Retry-After and the reason', async () => {
    const slow = await startOrchestrator({ ORCHESTRATOR_AGENT_READY_TIMEOUT_MS: '1' });
    try {
      const owner = await newUser(slow);
      const agent = await createAgent(slow, owner);
      await createWorkflow(slow, owner, agent.id);
      const res = await slow.http.post(`${base}/agents/${agent.id}/deploy`).set(owner.headers);
      assertError(res, 503, 'SERVICE_UNAVAILABLE');
      assert.ok(Number(res.headers['retry-after']) > 0);
      assert.match(res.body.error.details[0].message, /did not become ready within 0.001 s/);
      const after = await slow.db.knex('orch_agents').where({ id: agent.id }).first('status', 'container_id', 'deploying_until');
      assert.deepEqual(after, { status: 'draft', container_id: null, deploying_until: null });
      const containers = await slow.db.knex('orch_containers').where({ agent_id: agent.id }).select('status');
      assert.deepEqual(containers, [{ status: 'error' }], 'the container that never became ready is not left running');
    } finally {
      await slow.close();
    }
  });

  test("200: redeploying an agent in error stops the container it replaces, a live process or one whose restart waits, and its pending execution runs on the new one (the old process ran on for good, out of every user's reach)", async () => {
    const knex = server.db.knex;
    const containerOf = async (id: string) => ((await knex('orch_agents').where({ id }).first('container_id')) as { container_id: string }).container_id;
    const statusOf = async (containerId: string) => ((await knex('orch_containers').where({ id: containerId }).first('status')) as { status: string }).status;

    // In error with its process alive: a restart that started a new process and could not then mark the agent active.
    const live = await deployable();
    await server.http.post(`${base}/agents/${live}/deploy`).set(cast.owner.headers).expect(200);
    const liveOld = await containerOf(live);
    const { pid }: { pid: number } = await knex('orch_containers').where({ id: liveOld }).first('pid');
    await knex('orch_agents').where({ id: live }).update({ status: 'error' });
    const waiting = await unqueuedExecution(live, liveOld);
    const redeployed = await server.http.post(`${base}/agents/${live}/deploy`).set(cast.owner.headers);
    assert.equal(redeployed.status, 200, redeployed.text);
    assert.notEqual(redeployed.body.container_id, liveOld);
    assert.equal(await statusOf(liveOld), 'stopped');
    assert.throws(() => process.kill(pid, 0), 'the old process is gone');
    const ran = await waitForExecution(server, cast.owner, waiting);
    assert.equal(ran.status, 'completed', JSON.stringify(ran));
    assert.equal((await knex('orch_executions').where({ id: waiting }).first('container_id')).container_id, redeployed.body.container_id);

    // In error with a restart under way, redeployed while the runtime cannot stop the old container: the restart job
    // that runs after the redeploy stops the process it started, and the sweep stops a replaced container left over.
    for (const late of ['restart', 'sweep']) {
      const restarting = await deployable();
      await server.http.post(`${base}/agents/${restarting}/deploy`).set(cast.owner.headers).expect(200);
      const old = await containerOf(restarting);
      await servicesOf(server).runtime.stop(old);
      await knex('orch_containers').where({ id: old }).update({ status: 'restarting' });
      await knex('orch_agents').where({ id: restarting }).update({ status: 'error' });
      const restore = runtimeDown('stop');
      try {
        await server.http.post(`${base}/agents/${restarting}/deploy`).set(cast.owner.headers).expect(200);
      } finally {
        restore();
      }
      assert.equal(await statusOf(old), 'restarting', 'the stop failed');
      if (late === 'restart') await servicesOf(server).containers.completeRestart({ agentId: restarting, containerId: old });
      else assert.equal(await servicesOf(server).deployments.stopOrphanedContainers(restarting), 1);
      assert.equal(await statusOf(old), 'stopped', late);
      assert.equal(await servicesOf(server).runtime.supervisor(old), null, late);
      assert.equal(await statusOf(await containerOf(restarting)), 'running', 'the new container runs on');
      assert.equal(await servicesOf(server).deployments.stopOrphanedContainers(restarting), 0, 'once');
    }
  });

  test('a database failure after the container started stops that container and lets go of the agent', async () => {
    const id = await deployable();
    const fn = `refuse_deploy_${id.replace(/-/g, '_')}`;
    const knex = server.db.knex;
    await knex.raw(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'database busy'; END $$`);
    await knex.raw(`CREATE TRIGGER ${fn} BEFORE UPDATE ON orch_agents FOR EACH ROW WHEN (NEW.id = '${id}' AND NEW.status = 'active') EXECUTE FUNCTION ${fn}()`);
    try {
      assertError(await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers), 500, 'INTERNAL_ERROR');
    } finally {
      await knex.raw(`DROP TRIGGER ${fn} ON orch_agents`);
      await knex.raw(`DROP FUNCTION ${fn}()`);
    }
    assert.deepEqual(await knex('orch_agents').where({ id }).first('status', 'deploying_until'), { status: 'draft', deploying_until: null });
    assert.deepEqual(await knex('orch_containers').where({ agent_id: id }).select('status'), [{ status: 'stopped' }], 'no container left running for no agent');
    assert.equal((await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers)).status, 200, 'deployable again at once');
  });

  test('400 and 401', async () => {
    assertError(await server.http.post(`${base}/agents/nope/deploy`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.post(`${base}/agents/${randomUUID()}/deploy`), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('undeployAgent', () => {
  for (const role of ['owner', 'admin', 'member'] as const) {
    test(`200: the ${role} undeploys it; the agent is inactive without a container, and can be deployed again`, async () => {
      const id = await deployable();
      await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers).expect(200);
      const res = await server.http.post(`${base}/agents/${id}/undeploy`).set(cast[role].headers);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(schemaErrors('orchestrator', 'UndeployAgentResponse', res.body), []);
      const agent = await server.http.get(`${base}/agents/${id}`).set(cast.owner.headers);
      assert.deepEqual([agent.body.status, agent.body.container_id], ['inactive', null]);
      const again = await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers);
      assert.equal(again.status, 200);
    });
  }

  test('403: the viewer; 404: the stranger', async () => {
    const id = await deployable();
    await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers).expect(200);
    assertError(await server.http.post(`${base}/agents/${id}/undeploy`).set(cast.viewer.headers), 403, 'AUTHORIZATION_ERROR');
    assertError(await server.http.post(`${base}/agents/${id}/undeploy`).set(cast.stranger.headers), 404, 'NOT_FOUND');
  });

  test('409: a draft agent and an undeployed one', async () => {
    const id = await deployable();
    assertError(await server.http.post(`${base}/agents/${id}/undeploy`).set(cast.owner.headers), 409, 'CONFLICT');
    await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers).expect(200);
    await server.http.post(`${base}/agents/${id}/undeploy`).set(cast.owner.headers).expect(200);
    assertError(await server.http.post(`${base}/agents/${id}/undeploy`).set(cast.owner.headers), 409, 'CONFLICT');
  });

  test('200: an agent in error whose restart finishes while it is being undeployed ends inactive (it was a 409 with the container stopped and the agent left active)', async () => {
    const id = await deployable();
    await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers).expect(200);
    await server.db.knex('orch_agents').where({ id }).update({ status: 'error' });
    const runtime = servicesOf(server).runtime as unknown as { stop: (containerId: string) => Promise<void> };
    const { stop } = runtime;
    runtime.stop = async function (this: unknown, containerId: string) {
      await server.db.knex('orch_agents').where({ id }).update({ status: 'active' });
      return stop.call(this, containerId);
    };
    try {
      const res = await server.http.post(`${base}/agents/${id}/undeploy`).set(cast.owner.headers);
      assert.equal(res.status, 200, res.text);
    } finally {
      runtime.stop = stop;
    }
    const agent = (await server.http.get(`${base}/agents/${id}`).set(cast.owner.headers)).body;
    assert.deepEqual([agent.status, agent.container_id], ['inactive', null]);
  });

  test("200: an execution a worker takes between the container's stop and the agent's update is cancelled 'Agent was undeployed', not failed 'Agent container is stopped'", async () => {
    const agentId = await deployable();
    const deployed = await server.http.post(`${base}/agents/${agentId}/deploy`).set(cast.owner.headers).expect(200);
    // Pending, and not on the queue: only the worker of this test takes it, at the moment the race needs.
    const executionId = await unqueuedExecution(agentId, deployed.body.container_id);
    const services = servicesOf(server);
    const runtime = services.runtime as unknown as { stop: (containerId: string) => Promise<void> };
    const { stop } = runtime;
    runtime.stop = async function (this: unknown, containerId: string) {
      await stop.call(this, containerId);
      await services.engine.run(executionId);
    };
    try {
      await server.http.post(`${base}/agents/${agentId}/undeploy`).set(cast.owner.headers).expect(200);
    } finally {
      runtime.stop = stop;
    }
    const execution = (await server.http.get(`${base}/executions/${executionId}`).set(cast.owner.headers)).body;
    assert.deepEqual([execution.status, execution.error_message], ['cancelled', 'Agent was undeployed']);
  });

  test("500 when the agent cannot be marked inactive after its container stopped; the sweep then finishes the undeploy: the agent is inactive and its pending execution cancelled (it stayed active with the execution pending for good)", async () => {
    const agentId = await deployable();
    const deployed = await server.http.post(`${base}/agents/${agentId}/deploy`).set(cast.owner.headers).expect(200);
    // As one accepted just before the undeploy and not yet taken by a worker.
    const executionId = await unqueuedExecution(agentId, deployed.body.container_id);
    const deployments = servicesOf(server).deployments as unknown as { cancelExecutions: unknown };
    const { cancelExecutions } = deployments;
    deployments.cancelExecutions = async () => {
      throw new Error('the database went away');
    };
    try {
      assertError(await server.http.post(`${base}/agents/${agentId}/undeploy`).set(cast.owner.headers), 500, 'INTERNAL_ERROR');
    } finally {
      deployments.cancelExecutions = cancelExecutions;
    }
    const read = async () => [
      (await server.http.get(`${base}/agents/${agentId}`).set(cast.owner.headers)).body.status,
      (await server.http.get(`${base}/executions/${executionId}`).set(cast.owner.headers)).body.status,
    ];
    assert.deepEqual(await read(), ['active', 'pending'], 'nothing of the failed transaction is written');
    // An undeploy may still be under way within the minute; the sweep leaves those to it. (Other test files'
    // agents may share the database, so what is asserted is this agent's state, not the sweep's count.)
    await servicesOf(server).deployments.finishInterruptedUndeploys();
    assert.deepEqual(await read(), ['active', 'pending']);
    await server.db.knex('orch_containers').where({ id: deployed.body.container_id }).update({ stopped_at: new Date(Date.now() - 120_000) });
    await servicesOf(server).deployments.finishInterruptedUndeploys();
    assert.deepEqual(await read(), ['inactive', 'cancelled']);
    const execution = (await server.http.get(`${base}/executions/${executionId}`).set(cast.owner.headers)).body;
    assert.equal(execution.error_message, 'Agent was undeployed');
    await server.http.post(`${base}/agents/${agentId}/deploy`).set(cast.owner.headers).expect(200);
  });

  test('503: the runtime cannot be reached; the agent stays active', async () => {
    const id = await deployable();
    await server.http.post(`${base}/agents/${id}/deploy`).set(cast.owner.headers).expect(200);
    const restore = runtimeDown('stop');
    try {
      assertError(await server.http.post(`${base}/agents/${id}/undeploy`).set(cast.owner.headers), 503, 'SERVICE_UNAVAILABLE');
    } finally {
      restore();
    }
    assert.equal((await server.http.get(`${base}/agents/${id}`).set(cast.owner.headers)).body.status, 'active');
  });

  test('400 and 401', async () => {
    assertError(await server.http.post(`${base}/agents/nope/undeploy`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.post(`${base}/agents/${randomUUID()}/undeploy`), 401, 'AUTHENTICATION_ERROR');
  });
});
