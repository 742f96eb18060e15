import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { schemaErrors } from '../support/spec-validator.js';
import type { TestServer } from '../support/test-server.js';
import { RuntimeUnavailable } from '../../src/services/orchestrator/runtime.js';
import { durationText } from '../../src/services/orchestrator/views.js';
import { assertError, base, createAgent, deployedWorkflow, newOrganization, newUser, servicesOf, startOrchestrator, waitForExecution, type Cast } from './support.js';

let server: TestServer;
let cast: Cast;
before(async () => {
  server = await startOrchestrator();
  cast = await newOrganization(server, 'pro');
});
after(() => server.close());

const orgAgent = (extra: Record<string, unknown> = {}) => createAgent(server, cast.owner, { owner_type: 'organization', owner_id: cast.organizationId, framework: 'crewai', ...extra });

describe('createAgent', () => {
  test('201: a draft at 1.0.0 owned by the caller, with the tier allowance as limits', async () => {
    const user = await newUser(server, 'enterprise');
    const res = await server.http.post(`${base}/agents`).set(user.headers).send({ name: 'Bot', framework: 'langgraph' });
    assert.equal(res.status, 201);
    assert.deepEqual(schemaErrors('orchestrator', 'Agent', res.body), []);
    assert.equal(res.headers.location, `/api/v1/agents/${res.body.id}`);
    assert.deepEqual(
      [res.body.status, res.body.version, res.body.owner_type, res.body.owner_id, res.body.agent_type, res.body.deployed_at, res.body.container_id],
      ['draft', '1.0.0', 'user', user.id, 'visual', null, null],
    );
    assert.deepEqual(res.body.resource_limits, { cpu: 4, memory: 8192, network_isolation: 'shared' });
    assert.deepEqual(res.body.metadata, { node_count: 0 });
  });

  for (const role of ['owner', 'admin', 'member'] as const) {
    test(`201: an organization's ${role} creates an agent for it, with the organization's tier allowance`, async () => {
      const res = await server.http
        .post(`${base}/agents`)
        .set(cast[role].headers)
        .send({ name: 'Org bot', framework: 'agno', owner_type: 'organization', owner_id: cast.organizationId });
      assert.equal(res.status, 201, res.text);
      assert.equal(res.body.owner_id, cast.organizationId);
      assert.deepEqual(res.body.resource_limits, { cpu: 2, memory: 4096, network_isolation: 'shared' });
    });
  }

  test('403: a viewer may not', async () => {
    const res = await server.http
      .post(`${base}/agents`)
      .set(cast.viewer.headers)
      .send({ name: 'No', framework: 'agno', owner_type: 'organization', owner_id: cast.organizationId });
    assertError(res, 403, 'AUTHORIZATION_ERROR');
  });

  test('404: a stranger, as for an organization that does not exist', async () => {
    const body = { name: 'No', framework: 'agno', owner_type: 'organization' };
    assertError(await server.http.post(`${base}/agents`).set(cast.stranger.headers).send({ ...body, owner_id: cast.organizationId }), 404, 'NOT_FOUND');
    assertError(await server.http.post(`${base}/agents`).set(cast.stranger.headers).send({ ...body, owner_id: randomUUID() }), 404, 'NOT_FOUND');
  });

  test("400: an organization agent without owner_id, another user's id, an unknown framework, an unknown field", async () => {
    const h = cast.owner.headers;
    assertError(await server.http.post(`${base}/agents`).set(h).send({ name: 'X', framework: 'agno', owner_type: 'organization' }), 400, 'VALIDATION_ERROR');
    const other = await server.http.post(`${base}/agents`).set(h).send({ name: 'X', framework: 'agno', owner_id: cast.admin.id });
    assertError(other, 400, 'VALIDATION_ERROR');
    assert.equal(other.body.error.details[0].field, 'owner_id');
    assertError(await server.http.post(`${base}/agents`).set(h).send({ name: 'X', framework: 'autogen' }), 400, 'VALIDATION_ERROR');
    assertError(await server.http.post(`${base}/agents`).set(h).send({ name: 'X', framework: 'agno', colour: 'red' }), 400, 'VALIDATION_ERROR');
  });

  test('400: a name of whitespace alone, on create and on update', async () => {
    const created = await server.http.post(`${base}/agents`).set(cast.owner.headers).send({ name: '   ', framework: 'agno' });
    assertError(created, 400, 'VALIDATION_ERROR');
    assert.deepEqual(created.body.error.details.map((d: { field: string }) => d.field), ['name']);
    const agent = await orgAgent();
    assertError(await server.http.put(`${base}/agents/${agent.id}`).set(cast.owner.headers).send({ name: '  ' }), 400, 'VALIDATION_ERROR');
    assert.equal((await server.http.get(`${base}/agents/${agent.id}`).set(cast.owner.headers)).body.name, 'Support Bot');
  });

  test('400: an organization agent without owner_id has one detail naming owner_id (a second, \'must match "then" schema\', named nothing)', async () => {
    const res = await server.http.post(`${base}/agents`).set(cast.owner.headers).send({ name: 'X', framework: 'agno', owner_type: 'organization' });
    assertError(res, 400, 'VALIDATION_ERROR');
    assert.deepEqual(res.body.error.details, [{ field: 'owner_id', message: 'Owner_id is required' }]);
  });

  test('401: without a token', async () => {
    assertError(await server.http.post(`${base}/agents`).send({ name: 'X', framework: 'agno' }), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('listAgents', () => {
  test('200: own and organization agents, newest first, paginated, totals counting only what the caller sees', async () => {
    const team = await newOrganization(server);
    const mine = [];
    for (const framework of ['langgraph', 'agno', 'langgraph']) mine.push(await createAgent(server, team.member, { framework }));
    const shared = await createAgent(server, team.owner, { owner_type: 'organization', owner_id: team.organizationId, framework: 'n8n' });
    // Agents of the stranger and of the owner personally exist but are not the member's.
    await createAgent(server, team.stranger);
    await createAgent(server, team.owner);

    const page1 = await server.http.get(`${base}/agents?limit=3`).set(team.member.headers);
    assert.equal(page1.status, 200);
    assert.deepEqual(schemaErrors('orchestrator', 'AgentListResponse', page1.body), []);
    assert.deepEqual(page1.body.pagination, { page: 1, limit: 3, total: 4, pages: 2 });
    assert.deepEqual(page1.body.agents.map((a: { id: string }) => a.id), [shared.id, mine[2].id, mine[1].id]);
    const page2 = await server.http.get(`${base}/agents?limit=3&page=2`).set(team.member.headers);
    assert.deepEqual(page2.body.agents.map((a: { id: string }) => a.id), [mine[0].id]);
    const past = await server.http.get(`${base}/agents?limit=3&page=9`).set(team.member.headers);
    assert.deepEqual(past.body.agents, []);
    assert.equal(past.body.pagination.total, 4);

    const q = async (query: string) => (await server.http.get(`${base}/agents?${query}`).set(team.member.headers)).body;
    assert.deepEqual((await q('framework=langgraph')).agents.map((a: { id: string }) => a.id), [mine[2].id, mine[0].id]);
    assert.deepEqual((await q('owner_type=organization')).agents.map((a: { id: string }) => a.id), [shared.id]);
    assert.equal((await q(`owner_id=${team.member.id}`)).pagination.total, 3);
    assert.equal((await q(`owner_id=${team.organizationId}&framework=n8n`)).pagination.total, 1);
    assert.equal((await q(`owner_id=${team.owner.id}`)).pagination.total, 0, "another user's own agents never count");
    assert.equal((await q('status=active')).pagination.total, 0);

    const stranger = await server.http.get(`${base}/agents?owner_id=${team.organizationId}`).set(team.stranger.headers);
    assert.deepEqual(stranger.body.pagination, { page: 1, limit: 20, total: 0, pages: 0 });
  });

  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
    test(`200: the ${role} lists the organization's agents`, async () => {
      const agent = await orgAgent();
      const res = await server.http.get(`${base}/agents?owner_id=${cast.organizationId}&limit=100`).set(cast[role].headers);
      assert.equal(res.status, 200);
      assert.ok(res.body.agents.some((a: { id: string }) => a.id === agent.id));
    });
  }

  test('200: a page however far past the last, up to the maximum 2147483647, is empty (page=1e18 was a 500)', async () => {
    const team = await newOrganization(server);
    for (let i = 0; i < 3; i += 1) await createAgent(server, team.member);
    for (const query of ['limit=1&page=4', 'limit=100&page=2147483647', 'limit=1&page=2.147483647e9']) {
      const res = await server.http.get(`${base}/agents?${query}`).set(team.member.headers);
      assert.equal(res.status, 200, `${query}: ${res.text}`);
      assert.deepEqual(schemaErrors('orchestrator', 'AgentListResponse', res.body), []);
      assert.deepEqual([res.body.agents, res.body.pagination.total], [[], 3], query);
    }
  });

  test('400: a page over 2147483647 names page (page=99999999999999999999 was 200 echoing page 1e20, page=1e21 the second page)', async () => {
    for (const page of ['2147483648', '1e18', '99999999999999999999', '1e21']) {
      const res = await server.http.get(`${base}/agents?limit=1&page=${page}`).set(cast.owner.headers);
      assertError(res, 400, 'VALIDATION_ERROR');
      assert.deepEqual(res.body.error.details.map((d: { field?: string }) => d.field), ['page'], `page=${page}`);
    }
  });

  test('400: a page of 1e400 or Infinity, which is no integer (it was answered 200 with "page": null)', async () => {
    for (const page of ['1e400', 'Infinity', '-1e400']) {
      assertError(await server.http.get(`${base}/agents?page=${page}`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    }
  });

  test('400: limit over 100, page 0, an unknown status, a malformed owner_id', async () => {
    for (const query of ['limit=101', 'page=0', 'status=running', 'owner_id=abc']) {
      assertError(await server.http.get(`${base}/agents?${query}`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    }
  });

  test('401: without a token', async () => {
    assertError(await server.http.get(`${base}/agents`), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('getAgent', () => {
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
    test(`200: the ${role} reads an organization agent`, async () => {
      const agent = await orgAgent();
      const res = await server.http.get(`${base}/agents/${agent.id}`).set(cast[role].headers);
      assert.equal(res.status, 200);
      assert.deepEqual(schemaErrors('orchestrator', 'Agent', res.body), []);
      assert.equal(res.body.id, agent.id);
    });
  }

  test('200: metadata.execution_time is the mean duration of its recent executions, as the seed writes it (it was never sent)', async () => {
    const graph = { nodes: [{ id: 'input', type: 'input' }, { id: 'think', type: 'wait', data: { ms: 1200 } }], edges: [{ source: 'input', target: 'think' }] };
    const { agentId, workflowId } = await deployedWorkflow(server, cast.member, graph, { owner_type: 'organization', owner_id: cast.organizationId });
    const fresh = await server.http.get(`${base}/agents/${agentId}`).set(cast.viewer.headers);
    assert.deepEqual(fresh.body.metadata, { node_count: 2 }, 'no execution yet, no execution_time');
    const seconds: number[] = [];
    for (let i = 0; i < 2; i++) {
      const started = await server.http.post(`${base}/workflows/${workflowId}/execute`).set(cast.member.headers).send({});
      assert.equal(started.status, 202, started.text);
      seconds.push((await waitForExecution(server, cast.member, started.body.execution_id)).resource_usage.execution_time);
    }
    const expected = durationText((seconds[0] + seconds[1]) / 2);
    assert.match(expected, /^1\.[0-9]s$/);
    const res = await server.http.get(`${base}/agents/${agentId}`).set(cast.viewer.headers);
    assert.deepEqual(schemaErrors('orchestrator', 'Agent', res.body), []);
    assert.deepEqual(res.body.metadata, { node_count: 2, execution_time: expected });
    const listed = await server.http.get(`${base}/agents?owner_id=${cast.organizationId}&limit=100`).set(cast.viewer.headers);
    assert.equal(listed.body.agents.find((a: { id: string }) => a.id === agentId).metadata.execution_time, expected);
    assert.deepEqual([durationText(0.0654), durationText(2.53), durationText(3)], ['65ms', '2.5s', '3s']);
  });

  test("404: a stranger reading an organization's agent, a member reading another member's own agent, an unknown id", async () => {
    const agent = await orgAgent();
    const personal = await createAgent(server, cast.admin);
    assertError(await server.http.get(`${base}/agents/${agent.id}`).set(cast.stranger.headers), 404, 'NOT_FOUND');
    assertError(await server.http.get(`${base}/agents/${personal.id}`).set(cast.member.headers), 404, 'NOT_FOUND');
    assertError(await server.http.get(`${base}/agents/${randomUUID()}`).set(cast.member.headers), 404, 'NOT_FOUND');
  });

  test('400: not a uuid', async () => {
    assertError(await server.http.get(`${base}/agents/123`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
  });

  test('400: a uuid in the urn:uuid: form, in a path, a query or a body (each was a 500)', async () => {
    const urn = `urn:uuid:${randomUUID()}`;
    assertError(await server.http.get(`${base}/agents/${urn}`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.get(`${base}/agents?owner_id=${urn}`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    const create = await server.http.post(`${base}/agents`).set(cast.owner.headers).send({ name: 'Bot', framework: 'agno', owner_type: 'organization', owner_id: urn });
    assertError(create, 400, 'VALIDATION_ERROR');
  });

  test('401: without a token', async () => {
    assertError(await server.http.get(`${base}/agents/${randomUUID()}`), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('updateAgent', () => {
  for (const role of ['owner', 'admin', 'member'] as const) {
    test(`200: the ${role} updates it and the minor version goes up each time`, async () => {
      const agent = await orgAgent();
      const first = await server.http.put(`${base}/agents/${agent.id}`).set(cast[role].headers).send({ name: 'Renamed' });
      assert.equal(first.status, 200);
      assert.deepEqual(schemaErrors('orchestrator', 'Agent', first.body), []);
      assert.deepEqual([first.body.name, first.body.version], ['Renamed', '1.1.0']);
      const second = await server.http
        .put(`${base}/agents/${agent.id}`)
        .set(cast[role].headers)
        .send({ description: null, resource_limits: { cpu: 0.5, memory: 512, network_isolation: 'isolated' } });
      assert.deepEqual([second.body.version, second.body.description, second.body.resource_limits.memory], ['1.2.0', null, 512]);
    });
  }

  test('200: a user always has full rights on their own agent', async () => {
    const agent = await createAgent(server, cast.viewer);
    const res = await server.http.put(`${base}/agents/${agent.id}`).set(cast.viewer.headers).send({ name: 'Mine' });
    assert.equal(res.status, 200);
  });

  test('403: the viewer', async () => {
    const agent = await orgAgent();
    assertError(await server.http.put(`${base}/agents/${agent.id}`).set(cast.viewer.headers).send({ name: 'No' }), 403, 'AUTHORIZATION_ERROR');
    assert.equal((await server.http.get(`${base}/agents/${agent.id}`).set(cast.owner.headers)).body.version, '1.0.0');
  });

  test('404: the stranger', async () => {
    const agent = await orgAgent();
    assertError(await server.http.put(`${base}/agents/${agent.id}`).set(cast.stranger.headers).send({ name: 'No' }), 404, 'NOT_FOUND');
  });

  test('400: an empty body, and framework (immutable)', async () => {
    const agent = await orgAgent();
    assertError(await server.http.put(`${base}/agents/${agent.id}`).set(cast.owner.headers).send({}), 400, 'VALIDATION_ERROR');
    assertError(await server.http.put(`${base}/agents/${agent.id}`).set(cast.owner.headers).send({ framework: 'n8n' }), 400, 'VALIDATION_ERROR');
  });

  test('401: without a token', async () => {
    assertError(await server.http.put(`${base}/agents/${randomUUID()}`).send({ name: 'X' }), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('deleteAgent', () => {
  for (const role of ['owner', 'admin'] as const) {
    test(`200: the ${role} deletes it; afterwards it is 404 and gone from lists`, async () => {
      const agent = await orgAgent();
      const res = await server.http.delete(`${base}/agents/${agent.id}`).set(cast[role].headers);
      assert.equal(res.status, 200);
      assert.deepEqual(schemaErrors('orchestrator', 'MessageResponse', res.body), []);
      assertError(await server.http.get(`${base}/agents/${agent.id}`).set(cast.owner.headers), 404, 'NOT_FOUND');
      const list = await server.http.get(`${base}/agents?owner_id=${cast.organizationId}&limit=100`).set(cast.owner.headers);
      assert.equal(list.body.agents.some((a: { id: string }) => a.id === agent.id), false);
    });
  }

  for (const role of ['member', 'viewer'] as const) {
    test(`403: the ${role}`, async () => {
      const agent = await orgAgent();
      assertError(await server.http.delete(`${base}/agents/${agent.id}`).set(cast[role].headers), 403, 'AUTHORIZATION_ERROR');
    });
  }

  test('404: the stranger', async () => {
    const agent = await orgAgent();
    assertError(await server.http.delete(`${base}/agents/${agent.id}`).set(cast.stranger.headers), 404, 'NOT_FOUND');
  });

  test('409: a deployed (active) agent', async () => {
    const agent = await createAgent(server, cast.member);
    await server.db.knex('orch_agents').where({ id: agent.id }).update({ status: 'active' });
    assertError(await server.http.delete(`${base}/agents/${agent.id}`).set(cast.member.headers), 409, 'CONFLICT');
  });

  test('its unfinished executions are cancelled with it (decision 17); finished ones keep their status', async () => {
    const user = await newUser(server);
    const { agentId, workflowId } = await deployedWorkflow(server, user);
    // A crashed container: the agent in error (deletable), one execution waiting for it and one already done.
    await server.db.knex('orch_agents').where({ id: agentId }).update({ status: 'error' });
    const execution = (status: string) => ({
      id: randomUUID(),
      workflow_id: workflowId,
      workflow_version: 1,
      agent_id: agentId,
      owner_user_id: user.id,
      status,
      input: {},
      options: {},
      correlation_id: randomUUID(),
    });
    const [pending, completed] = [execution('pending'), execution('completed')];
    await server.db.knex('orch_executions').insert([pending, completed]);

    const res = await server.http.delete(`${base}/agents/${agentId}`).set(user.headers);
    assert.equal(res.status, 200, res.text);
    const rows = await server.db.knex('orch_executions').whereIn('id', [pending.id, completed.id]).select('id', 'status', 'error_message');
    const byId = Object.fromEntries(rows.map((r: { id: string; status: string; error_message: string | null }) => [r.id, r]));
    assert.deepEqual([byId[pending.id].status, byId[pending.id].error_message], ['cancelled', 'Agent was deleted']);
    assert.equal(byId[completed.id].status, 'completed');
  });

  test("its container is stopped once the delete is committed: a delete that fails stops nothing, and one whose stop failed (200) is finished by the sweep (the container of a deleted agent in error was never stopped; its process ran on, out of every user's reach)", async () => {
    const user = await newUser(server);
    const { agentId } = await deployedWorkflow(server, user);
    const { container_id: containerId }: { container_id: string } = await server.db.knex('orch_agents').where({ id: agentId }).first('container_id');
    const { pid }: { pid: number } = await server.db.knex('orch_containers').where({ id: containerId }).first('pid');
    // In error with its process alive: a restart that started a new process and could not then mark the agent active.
    await server.db.knex('orch_agents').where({ id: agentId }).update({ status: 'error' });
    const container = async () => ((await server.db.knex('orch_containers').where({ id: containerId }).first('status')) as { status: string }).status;
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };

    const agents = servicesOf(server).agents as unknown as { cancelExecutions: unknown };
    const { cancelExecutions } = agents;
    agents.cancelExecutions = async () => {
      throw new Error('the database went away');
    };
    try {
      assertError(await server.http.delete(`${base}/agents/${agentId}`).set(user.headers), 500, 'INTERNAL_ERROR');
    } finally {
      agents.cancelExecutions = cancelExecutions;
    }
    assert.equal((await server.http.get(`${base}/agents/${agentId}`).set(user.headers)).body.status, 'error', 'the agent is as it was');
    assert.deepEqual([await container(), alive()], ['running', true], 'a failed delete stops nothing');

    const runtime = servicesOf(server).runtime as unknown as Record<string, unknown>;
    const { stop } = runtime;
    runtime.stop = async () => {
      throw new RuntimeUnavailable('connection refused');
    };
    try {
      const res = await server.http.delete(`${base}/agents/${agentId}`).set(user.headers);
      assert.equal(res.status, 200, res.text);
    } finally {
      runtime.stop = stop;
    }
    assertError(await server.http.get(`${base}/agents/${agentId}`).set(user.headers), 404, 'NOT_FOUND');
    assert.equal(await container(), 'running', 'the stop failed');
    // As the sweep does, every 30 s and at every start (other files' deleted agents may share the database).
    assert.ok((await servicesOf(server).deployments.stopOrphanedContainers()) >= 1);
    assert.deepEqual([await container(), alive()], ['stopped', false]);
    assert.equal(await servicesOf(server).deployments.stopOrphanedContainers(agentId), 0, 'once');
  });

  test("a deleted agent's container in error or restarting is stopped with it", async () => {
    const user = await newUser(server);
    for (const status of ['error', 'restarting']) {
      const { agentId } = await deployedWorkflow(server, user);
      const { container_id: containerId }: { container_id: string } = await server.db.knex('orch_agents').where({ id: agentId }).first('container_id');
      await servicesOf(server).runtime.stop(containerId);
      await server.db.knex('orch_containers').where({ id: containerId }).update({ status });
      await server.db.knex('orch_agents').where({ id: agentId }).update({ status: 'error' });
      await server.http.delete(`${base}/agents/${agentId}`).set(user.headers).expect(200);
      assert.equal((await server.db.knex('orch_containers').where({ id: containerId }).first('status')).status, 'stopped', status);
    }
  });

  test('400 and 401', async () => {
    assertError(await server.http.delete(`${base}/agents/x`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.delete(`${base}/agents/${randomUUID()}`), 401, 'AUTHENTICATION_ERROR');
  });
});
