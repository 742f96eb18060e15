import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { schemaErrors } from '../support/spec-validator.js';
import type { TestServer } from '../support/test-server.js';
import { assertError, base, createAgent, createWorkflow, newOrganization, servicesOf, simpleGraph, startOrchestrator, type Cast } from './support.js';

let server: TestServer;
let cast: Cast;
let agentId: string;
before(async () => {
  server = await startOrchestrator();
  cast = await newOrganization(server);
  agentId = (await createAgent(server, cast.owner, { owner_type: 'organization', owner_id: cast.organizationId, framework: 'crewai' })).id;
});
after(() => server.close());

describe('createWorkflow', () => {
  for (const role of ['owner', 'admin', 'member'] as const) {
    test(`201: the ${role} adds a workflow at 1.0.0 on the agent's framework; the agent counts its nodes`, async () => {
      const agent = await createAgent(server, cast.owner, { owner_type: 'organization', owner_id: cast.organizationId, framework: 'agno' });
      const res = await server.http.post(`${base}/agents/${agent.id}/workflows`).set(cast[role].headers).send({ name: 'Main', workflow_data: simpleGraph });
      assert.equal(res.status, 201, res.text);
      assert.deepEqual(schemaErrors('orchestrator', 'Workflow', res.body), []);
      assert.deepEqual([res.body.version, res.body.framework, res.body.is_active, res.body.workflow_type], ['1.0.0', 'agno', true, 'visual']);
      assert.equal(res.headers.location, `/api/v1/workflows/${res.body.id}`);
      const after = await server.http.get(`${base}/agents/${agent.id}`).set(cast.owner.headers);
      assert.equal(after.body.metadata.node_count, 2);
    });
  }

  test('403: the viewer', async () => {
    const res = await server.http.post(`${base}/agents/${agentId}/workflows`).set(cast.viewer.headers).send({ name: 'No', workflow_data: simpleGraph });
    assertError(res, 403, 'AUTHORIZATION_ERROR');
  });

  test('404: the stranger, and an unknown agent', async () => {
    const body = { name: 'No', workflow_data: simpleGraph };
    assertError(await server.http.post(`${base}/agents/${agentId}/workflows`).set(cast.stranger.headers).send(body), 404, 'NOT_FOUND');
    assertError(await server.http.post(`${base}/agents/${randomUUID()}/workflows`).set(cast.owner.headers).send(body), 404, 'NOT_FOUND');
  });

  test("400: another framework than the agent's, an edge to no node, a duplicate node id, no workflow_data", async () => {
    const post = (body: object) => server.http.post(`${base}/agents/${agentId}/workflows`).set(cast.owner.headers).send(body);
    const framework = await post({ name: 'X', workflow_data: simpleGraph, framework: 'n8n' });
    assertError(framework, 400, 'VALIDATION_ERROR');
    assert.equal(framework.body.error.details[0].field, 'framework');
    const edge = await post({ name: 'X', workflow_data: { nodes: [{ id: 'a', type: 'input' }], edges: [{ source: 'a', target: 'b' }] } });
    assertError(edge, 400, 'VALIDATION_ERROR');
    assert.equal(edge.body.error.details[0].field, 'workflow_data.edges.0.target');
    assertError(await post({ name: 'X', workflow_data: { nodes: [{ id: 'a', type: 'input' }, { id: 'a', type: 'llm' }], edges: [] } }), 400, 'VALIDATION_ERROR');
    assertError(await post({ name: 'X' }), 400, 'VALIDATION_ERROR');
  });

  test('400: a graph of more than 200 nodes or 1000 edges, on create and on update, names the array (decision 33); 200 nodes and 1000 edges are accepted', async () => {
    const chain = (n: number) => {
      const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, type: 'input' }));
      return { nodes, edges: nodes.slice(1).map((node, i) => ({ source: nodes[i].id, target: node.id })) };
    };
    const post = (workflow_data: object) => server.http.post(`${base}/agents/${agentId}/workflows`).set(cast.owner.headers).send({ name: 'Big', workflow_data });
    const nodes = await post(chain(201));
    assertError(nodes, 400, 'VALIDATION_ERROR');
    assert.deepEqual(nodes.body.error.details.map((d: { field: string }) => d.field), ['workflow_data.nodes']);
    // 1001 edges between 200 nodes: every pair i<j from n0 forward, acyclic.
    const fan = chain(200);
    for (let j = 2; fan.edges.length < 1001; j++) for (let i = 0; i < j - 1 && fan.edges.length < 1001; i++) fan.edges.push({ source: `n${i}`, target: `n${j}` });
    const edges = await post(fan);
    assertError(edges, 400, 'VALIDATION_ERROR');
    assert.deepEqual(edges.body.error.details.map((d: { field: string }) => d.field), ['workflow_data.edges']);
    fan.edges.pop();
    const largest = await post(fan);
    assert.equal(largest.status, 201, largest.text);
    const update = await server.http.put(`${base}/workflows/${largest.body.id}`).set(cast.owner.headers).send({ workflow_data: chain(500) });
    assertError(update, 400, 'VALIDATION_ERROR');
    assert.deepEqual(update.body.error.details.map((d: { field: string }) => d.field), ['workflow_data.nodes']);
  });

  test('400: node ids over 128 characters, types over 64, blank ids, ids with a control character, long edge ids, ends and conditions, on create and on update, naming each (decision 38); the longest are accepted', async () => {
    const id = (n: number) => 'x'.repeat(n);
    const graph = (node: object, edge: object = {}) => ({ nodes: [{ id: 'a', type: 'input' }, { id: 'b', type: 'llm', ...node }], edges: [{ source: 'a', target: 'b', ...edge }] });
    const refused: [object, string][] = [
      [graph({ id: id(129) }, { target: id(129) }), 'workflow_data.nodes.1.id'],
      [graph({ id: ' ' }, { target: ' ' }), 'workflow_data.nodes.1.id'],
      [graph({ id: 'b\nc' }, { target: 'b\nc' }), 'workflow_data.nodes.1.id'],
      [graph({ id: '\t' }, { target: '\t' }), 'workflow_data.nodes.1.id'],
      [graph({ type: id(65) }), 'workflow_data.nodes.1.type'],
      [graph({ type: '  ' }), 'workflow_data.nodes.1.type'],
      [graph({}, { id: id(129) }), 'workflow_data.edges.0.id'],
      [graph({}, { source: id(1_000_000) }), 'workflow_data.edges.0.source'],
      [graph({}, { target: id(129) }), 'workflow_data.edges.0.target'],
      [graph({}, { condition: id(2001) }), 'workflow_data.edges.0.condition'],
    ];
    const workflow = await createWorkflow(server, cast.owner, agentId);
    for (const [workflow_data, field] of refused) {
      const created = await server.http.post(`${base}/agents/${agentId}/workflows`).set(cast.owner.headers).send({ name: 'Ids', workflow_data });
      assertError(created, 400, 'VALIDATION_ERROR');
      assert.ok(
        created.body.error.details.some((d: { field?: string }) => d.field === field),
        `${field}: ${JSON.stringify(created.body.error.details).slice(0, 300)}`,
      );
      assert.ok(created.text.length < 2000, 'the error does not echo the value');
      const updated = await server.http.put(`${base}/workflows/${workflow.id}`).set(cast.owner.headers).send({ workflow_data });
      assertError(updated, 400, 'VALIDATION_ERROR');
    }
    const longest = graph({ id: ` ${id(126)} `, type: id(64) }, { id: id(128), target: ` ${id(126)} `, condition: id(2000) });
    const created = await server.http.post(`${base}/agents/${agentId}/workflows`).set(cast.owner.headers).send({ name: 'Ids', workflow_data: longest });
    assert.equal(created.status, 201, created.text);
    const accepted = graph({ id: 'ノード 2', type: 'llm' }, { target: 'ノード 2' });
    await server.http.put(`${base}/workflows/${workflow.id}`).set(cast.owner.headers).send({ workflow_data: accepted }).expect(200);
  });

  test('400: a name of whitespace alone, on create and on update', async () => {
    const created = await server.http.post(`${base}/agents/${agentId}/workflows`).set(cast.owner.headers).send({ name: ' ', workflow_data: simpleGraph });
    assertError(created, 400, 'VALIDATION_ERROR');
    assert.deepEqual(created.body.error.details.map((d: { field: string }) => d.field), ['name']);
    const workflow = await createWorkflow(server, cast.owner, agentId);
    assertError(await server.http.put(`${base}/workflows/${workflow.id}`).set(cast.owner.headers).send({ name: '\n' }), 400, 'VALIDATION_ERROR');
  });

  test('400: a graph with a cycle (two nodes, a self edge, a longer loop) is refused, naming the edge that closes it (it was accepted and ran no step)', async () => {
    const post = (graph: object) => server.http.post(`${base}/agents/${agentId}/workflows`).set(cast.owner.headers).send({ name: 'Loop', workflow_data: graph });
    const nodes = [{ id: 'a', type: 'input' }, { id: 'b', type: 'llm' }, { id: 'c', type: 'output' }];
    const cases: [object, string, RegExp][] = [
      [{ nodes, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'a' }] }, 'workflow_data.edges.1', /'a' -> 'b' -> 'a'/],
      [{ nodes, edges: [{ source: 'a', target: 'b' }, { source: 'c', target: 'c' }] }, 'workflow_data.edges.1', /'c' -> 'c'/],
      [{ nodes, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'b' }] }, 'workflow_data.edges.2', /'b' -> 'c' -> 'b'/],
    ];
    for (const [graph, field, message] of cases) {
      const res = await post(graph);
      assertError(res, 400, 'VALIDATION_ERROR');
      assert.equal(res.body.error.message, 'Invalid request data');
      assert.equal(res.body.error.details.length, 1);
      assert.equal(res.body.error.details[0].field, field);
      assert.match(res.body.error.details[0].message, message);
      assert.match(res.body.error.details[0].message, /cycle/);
    }
    const list = await server.http.get(`${base}/agents/${agentId}/workflows`).set(cast.owner.headers);
    assert.equal(list.body.workflows.some((w: { name: string }) => w.name === 'Loop'), false);
    // A diamond joins twice but has no cycle.
    const diamond = { nodes: [...nodes, { id: 'd', type: 'output' }], edges: [{ source: 'a', target: 'b' }, { source: 'a', target: 'c' }, { source: 'b', target: 'd' }, { source: 'c', target: 'd' }] };
    assert.equal((await post(diamond)).status, 201);
  });

  test('401: without a token', async () => {
    assertError(await server.http.post(`${base}/agents/${agentId}/workflows`).send({ name: 'X', workflow_data: simpleGraph }), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('listAgentWorkflows', () => {
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
    test(`200: the ${role} lists them newest first, without graphs`, async () => {
      const agent = await createAgent(server, cast.owner, { owner_type: 'organization', owner_id: cast.organizationId, framework: 'agno' });
      const first = await createWorkflow(server, cast.owner, agent.id, { name: 'First' });
      const second = await createWorkflow(server, cast.owner, agent.id, { name: 'Second', is_active: false });
      const res = await server.http.get(`${base}/agents/${agent.id}/workflows`).set(cast[role].headers);
      assert.equal(res.status, 200);
      assert.deepEqual(schemaErrors('orchestrator', 'WorkflowListResponse', res.body), []);
      assert.deepEqual(res.body.workflows.map((w: { id: string }) => w.id), [second.id, first.id]);
      assert.equal('workflow_data' in res.body.workflows[0], false);
    });
  }

  test('404: the stranger', async () => {
    assertError(await server.http.get(`${base}/agents/${agentId}/workflows`).set(cast.stranger.headers), 404, 'NOT_FOUND');
  });

  test('400 and 401', async () => {
    assertError(await server.http.get(`${base}/agents/zzz/workflows`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.get(`${base}/agents/${agentId}/workflows`), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('getWorkflow', () => {
  for (const role of ['owner', 'admin', 'member', 'viewer'] as const) {
    test(`200: the ${role} reads it with its graph`, async () => {
      const workflow = await createWorkflow(server, cast.owner, agentId);
      const res = await server.http.get(`${base}/workflows/${workflow.id}`).set(cast[role].headers);
      assert.equal(res.status, 200);
      assert.deepEqual(schemaErrors('orchestrator', 'Workflow', res.body), []);
      assert.deepEqual(res.body.workflow_data, simpleGraph);
    });
  }

  test('404: the stranger, an unknown id, and a workflow of a deleted agent', async () => {
    const workflow = await createWorkflow(server, cast.owner, agentId);
    assertError(await server.http.get(`${base}/workflows/${workflow.id}`).set(cast.stranger.headers), 404, 'NOT_FOUND');
    assertError(await server.http.get(`${base}/workflows/${randomUUID()}`).set(cast.owner.headers), 404, 'NOT_FOUND');
    const doomed = await createAgent(server, cast.owner);
    const orphan = await createWorkflow(server, cast.owner, doomed.id);
    await server.http.delete(`${base}/agents/${doomed.id}`).set(cast.owner.headers).expect(200);
    assertError(await server.http.get(`${base}/workflows/${orphan.id}`).set(cast.owner.headers), 404, 'NOT_FOUND');
  });

  test('400 and 401', async () => {
    assertError(await server.http.get(`${base}/workflows/1`).set(cast.owner.headers), 400, 'VALIDATION_ERROR');
    assertError(await server.http.get(`${base}/workflows/${randomUUID()}`), 401, 'AUTHENTICATION_ERROR');
  });
});

describe('updateWorkflow', () => {
  for (const role of ['owner', 'admin', 'member'] as const) {
    test(`200: the ${role} updates it; the minor version goes up and the previous version stays readable in storage`, async () => {
      const workflow = await createWorkflow(server, cast.owner, agentId);
      const graph = { nodes: [...simpleGraph.nodes, { id: 'wait', type: 'wait', data: { ms: 5 } }], edges: [...simpleGraph.edges, { source: 'respond', target: 'wait' }] };
      const res = await server.http.put(`${base}/workflows/${workflow.id}`).set(cast[role].headers).send({ name: 'Updated', workflow_data: graph });
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(schemaErrors('orchestrator', 'Workflow', res.body), []);
      assert.deepEqual([res.body.name, res.body.version, res.body.workflow_data.nodes.length], ['Updated', '1.1.0', 3]);
      const again = await server.http.put(`${base}/workflows/${workflow.id}`).set(cast[role].headers).send({ is_active: false });
      assert.equal(again.body.version, '1.2.0');
      const original = await servicesOf(server).workflows.version(workflow.id, 0);
      assert.deepEqual([original.name, original.workflow_data], ['Main', simpleGraph]);
      const middle = await servicesOf(server).workflows.version(workflow.id, 1);
      assert.equal(middle.workflow_data.nodes.length, 3);
    });
  }

  test('403: the viewer', async () => {
    const workflow = await createWorkflow(server, cast.owner, agentId);
    assertError(await server.http.put(`${base}/workflows/${workflow.id}`).set(cast.viewer.headers).send({ name: 'No' }), 403, 'AUTHORIZATION_ERROR');
  });

  test('404: the stranger', async () => {
    const workflow = await createWorkflow(server, cast.owner, agentId);
    assertError(await server.http.put(`${base}/workflows/${workflow.id}`).set(cast.stranger.headers).send({ name: 'No' }), 404, 'NOT_FOUND');
  });

  test('400: empty body, immutable framework, a broken graph', async () => {
    const workflow = await createWorkflow(server, cast.owner, agentId);
    const put = (body: object) => server.http.put(`${base}/workflows/${workflow.id}`).set(cast.owner.headers).send(body);
    assertError(await put({}), 400, 'VALIDATION_ERROR');
    assertError(await put({ framework: 'n8n' }), 400, 'VALIDATION_ERROR');
    assertError(await put({ workflow_data: { nodes: [], edges: [{ source: 'x', target: 'y' }] } }), 400, 'VALIDATION_ERROR');
  });

  test('400: a graph with a cycle is refused and the workflow keeps its version and graph (it was accepted)', async () => {
    const workflow = await createWorkflow(server, cast.owner, agentId);
    const res = await server.http
      .put(`${base}/workflows/${workflow.id}`)
      .set(cast.owner.headers)
      .send({ name: 'Loop', workflow_data: { nodes: simpleGraph.nodes, edges: [...simpleGraph.edges, { source: 'respond', target: 'input' }] } });
    assertError(res, 400, 'VALIDATION_ERROR');
    assert.equal(res.body.error.details[0].field, 'workflow_data.edges.1');
    assert.match(res.body.error.details[0].message, /cycle 'input' -> 'respond' -> 'input'/);
    const after = await server.http.get(`${base}/workflows/${workflow.id}`).set(cast.owner.headers);
    assert.deepEqual([after.body.name, after.body.version, after.body.workflow_data], ['Main', '1.0.0', simpleGraph]);
  });

  test('401: without a token', async () => {
    assertError(await server.http.put(`${base}/workflows/${randomUUID()}`).send({ name: 'X' }), 401, 'AUTHENTICATION_ERROR');
  });
});
