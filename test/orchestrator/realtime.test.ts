import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { waitFor } from '../support/wait.js';
import { connect, type TestClient } from '../support/websocket-harness.js';
import type { TestServer } from '../support/test-server.js';
import { base, deployedWorkflow, newOrganization, newUser, servicesOf, startOrchestrator, type TestUser } from './support.js';

let server: TestServer;
let listening: http.Server;
let wsUrl: string;
before(async () => {
  server = await startOrchestrator();
  listening = http.createServer(server.listener).on('upgrade', server.upgrade).listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  wsUrl = `ws://127.0.0.1:${(listening.address() as AddressInfo).port}${base}/ws`;
});
after(async () => {
  listening.closeAllConnections();
  listening.close();
  await server.close();
});

async function connectAs(user: TestUser): Promise<TestClient> {
  const client = await connect(wsUrl);
  client.send({ type: 'auth', token: user.accessToken });
  const hello = await client.next();
  assert.equal(hello.type, 'auth_success', JSON.stringify(hello));
  assert.equal(hello.data.user_id, user.id);
  return client;
}

/** Reads messages until an execution_update of `executionId` says `status`; returns every update of it seen. */
async function updatesUntil(client: TestClient, executionId: string, status: string) {
  const seen: Record<string, any>[] = [];
  for (;;) {
    const message = await client.next(15_000);
    if (message.type !== 'execution_update' || message.data.execution_id !== executionId) continue;
    seen.push(message.data);
    if (message.data.status === status) return seen;
  }
}

describe('the /ws channel', () => {
  test('two users of different organizations each see only their own execution live, to completion', async () => {
    const [a, b] = [await newOrganization(server), await newOrganization(server)];
    const graph = { nodes: [{ id: 'input', type: 'input' }, { id: 'think', type: 'wait', data: { ms: 100 } }, { id: 'respond', type: 'llm' }], edges: [{ source: 'input', target: 'think' }, { source: 'think', target: 'respond' }] };
    const wa = await deployedWorkflow(server, a.owner, graph, { owner_type: 'organization', owner_id: a.organizationId });
    const wb = await deployedWorkflow(server, b.owner, graph, { owner_type: 'organization', owner_id: b.organizationId });
    // The viewers watch: they hear about everything their organization's members do.
    const [watchA, watchB] = [await connectAs(a.viewer), await connectAs(b.viewer)];
    const ea = (await server.http.post(`${base}/workflows/${wa.workflowId}/execute`).set(a.member.headers)).body.execution_id;
    const eb = (await server.http.post(`${base}/workflows/${wb.workflowId}/execute`).set(b.member.headers)).body.execution_id;
    const seenA = await updatesUntil(watchA, ea, 'completed');
    const seenB = await updatesUntil(watchB, eb, 'completed');
    assert.deepEqual(seenA.map((u) => u.status), ['pending', 'running', 'running', 'running', 'running', 'completed']);
    assert.deepEqual(seenA.map((u) => u.current_step).slice(2), ['input', 'think', 'respond', null]);
    assert.deepEqual(seenA.map((u) => u.progress), [0, 0, 0, 33, 66, 100]);
    assert.equal(seenB.at(-1)!.progress, 100);
    const leaked = (client: TestClient, foreign: string) => client.messages.some((m) => m.data?.execution_id === foreign || m.data?.agent_id === foreign);
    assert.equal(leaked(watchA, eb) || leaked(watchA, wb.agentId), false, "A's socket never saw B's events");
    assert.equal(leaked(watchB, ea) || leaked(watchB, wa.agentId), false, "B's socket never saw A's events");
    watchA.ws.close();
    watchB.ws.close();
  });

  test('deploy and undeploy publish agent_status_update, publish and unpublish marketplace_update, to the owner', async () => {
    const user = await newUser(server);
    const socket = await connectAs(user);
    const { agentId, containerId } = await deployedWorkflow(server, user);
    assert.deepEqual(await socket.next(), { type: 'agent_status_update', data: { agent_id: agentId, status: 'active', container_id: containerId } });
    const published = await server.http.post(`${base}/agents/${agentId}/publish`).set(user.headers).send({ pricing: { type: 'free' } });
    const usage = { total_downloads: 0, active_users: 0, revenue: 0 };
    const listed = { agent_id: agentId, integration_id: published.body.integration_id, usage_metrics: usage };
    assert.deepEqual(await socket.next(), { type: 'marketplace_update', data: { ...listed, status: 'published' } });
    await server.http.post(`${base}/agents/${agentId}/unpublish`).set(user.headers).expect(200);
    assert.deepEqual(await socket.next(), { type: 'marketplace_update', data: { ...listed, status: 'unpublished' } });
    await server.http.post(`${base}/agents/${agentId}/undeploy`).set(user.headers).expect(200);
    assert.deepEqual(await socket.next(), { type: 'agent_status_update', data: { agent_id: agentId, status: 'inactive', container_id: null } });
    socket.ws.close();
  });

  test("a container restart that fails a running execution tells its watchers: execution_update 'failed', progress 100 (the socket left it 'running')", async () => {
    const user = await newUser(server);
    const { agentId, workflowId } = await deployedWorkflow(server, user, { nodes: [{ id: 'slow', type: 'wait', data: { ms: 30_000 } }], edges: [] });
    const socket = await connectAs(user);
    const executionId = (await server.http.post(`${base}/workflows/${workflowId}/execute`).set(user.headers).expect(202)).body.execution_id;
    await updatesUntil(socket, executionId, 'running');
    await waitFor(async () => ((await server.http.get(`${base}/executions/${executionId}`).set(user.headers)).body.execution_data.steps.length > 0 ? true : undefined));
    await server.http.post(`${base}/agents/${agentId}/container/restart`).set(user.headers).expect(202);
    const seen = await updatesUntil(socket, executionId, 'failed');
    assert.deepEqual(seen.at(-1), { execution_id: executionId, status: 'failed', progress: 100, current_step: null });
    const rest = (await server.http.get(`${base}/executions/${executionId}`).set(user.headers)).body;
    assert.deepEqual([rest.status, rest.error_message], ['failed', 'Container was restarted']);
    socket.ws.close();
  });

  test("auth with the token written as in an Authorization header ('Bearer <token>', any case) succeeds (it was closed with 4401)", async () => {
    const user = await newUser(server);
    for (const prefix of ['Bearer ', 'bearer ']) {
      const socket = await connect(wsUrl);
      socket.send({ type: 'auth', token: `${prefix}${user.accessToken}` });
      const hello = await socket.next();
      assert.deepEqual([hello.type, hello.data?.user_id], ['auth_success', user.id], JSON.stringify(hello));
      socket.ws.close();
    }
  });

  test("joining and leaving an organization changes what an open socket hears, without re-authenticating", async () => {
    const org = await newOrganization(server);
    const user = await newUser(server);
    const socket = await connectAs(user);
    const orgs = servicesOf(server).organizations;
    await orgs.addMember(org.organizationId, user.id, 'viewer');
    const theirs = await deployedWorkflow(server, org.owner, undefined, { owner_type: 'organization', owner_id: org.organizationId });
    assert.deepEqual(await socket.next(), { type: 'agent_status_update', data: { agent_id: theirs.agentId, status: 'active', container_id: theirs.containerId } });
    await orgs.removeMember(org.organizationId, user.id);
    await server.http.post(`${base}/agents/${theirs.agentId}/undeploy`).set(org.owner.headers).expect(200);
    // The user's own next event arrives first: the organization's undeploy, published before it, was not sent.
    const own = await deployedWorkflow(server, user);
    assert.deepEqual(await socket.next(), { type: 'agent_status_update', data: { agent_id: own.agentId, status: 'active', container_id: own.containerId } });
    socket.ws.close();
  });

  test("logout closes the session's sockets with 4401; its token is refused afterwards", async () => {
    const user = await newUser(server);
    const socket = await connectAs(user);
    await server.http.post(`${base}/auth/logout`).set(user.headers).expect(200);
    const error = await socket.next();
    assert.equal(error.type, 'error');
    assert.equal(error.error.code, 'AUTHENTICATION_ERROR');
    assert.equal((await socket.closed).code, 4401);
    const again = await connect(wsUrl);
    again.send({ type: 'auth', token: user.accessToken });
    assert.equal((await again.next()).error.code, 'AUTHENTICATION_ERROR');
    assert.equal((await again.closed).code, 4401);
  });

  test('an operator-minted token for a user, which REST accepts (decision 23), authenticates the socket and hears that user (it was refused with 4401)', async () => {
    const user = await newUser(server);
    const minted = (await server.auth(user.id)).Authorization.slice('Bearer '.length);
    await server.http.get(`${base}/users/me`).set({ Authorization: `Bearer ${minted}` }).expect(200);
    const socket = await connect(wsUrl);
    socket.send({ type: 'auth', token: minted });
    const hello = await socket.next();
    assert.equal(hello.type, 'auth_success', JSON.stringify(hello));
    assert.equal(hello.data.user_id, user.id);
    assert.ok(Date.parse(hello.data.expires_at) > Date.now());
    const { agentId, containerId } = await deployedWorkflow(server, user);
    assert.deepEqual(await socket.next(), { type: 'agent_status_update', data: { agent_id: agentId, status: 'active', container_id: containerId } });
    socket.ws.close();
    // As on REST: a minted token naming no user is refused.
    for (const subject of [randomUUID(), 'not-a-user-id']) {
      const stranger = await connect(wsUrl);
      stranger.send({ type: 'auth', token: (await server.auth(subject)).Authorization.slice('Bearer '.length) });
      assert.equal((await stranger.next()).error.code, 'AUTHENTICATION_ERROR');
      assert.equal((await stranger.closed).code, 4401);
    }
  });

  test('a frame over 64 KiB is closed with 1009 and a text frame that is not UTF-8 with 1007, close codes the contract documents (it named neither: a client saw its socket close with a code the contract did not list)', async () => {
    // The channel's prose in the contract clients read (the generated contract keeps only the message schemas).
    const contract = await readFile(new URL('../../specs/orchestrator/asyncapi.yaml', import.meta.url), 'utf8');
    const closeCodes = contract.slice(contract.indexOf('Close codes:'), contract.indexOf('defaultContentType:'));
    const documented = new Set([...closeCodes.matchAll(/\b(1\d{3}|4\d{3}) [a-z]/g)].map((m) => Number(m[1])));
    const user = await newUser(server);
    const big = await connectAs(user);
    big.send(JSON.stringify({ type: 'auth', token: 'x'.repeat(64 * 1024) }));
    const tooBig = (await big.closed).code;
    const garbled = await connectAs(user);
    garbled.ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    const notUtf8 = (await garbled.closed).code;
    assert.deepEqual([tooBig, notUtf8], [1009, 1007]);
    assert.ok(documented.has(1009) && documented.has(1007), `documented close codes: ${[...documented].join(', ')}`);
    assert.match(contract, /UTF-8 text frame of at most 64 KiB/);
  });

  test('a forged token and a refresh token are refused with 4401; an unknown message type is a VALIDATION_ERROR', async () => {
    const user = await newUser(server);
    const probe = await connect(wsUrl);
    probe.send({ type: 'subscribe' });
    assert.equal((await probe.next()).error.code, 'VALIDATION_ERROR');
    probe.send({ type: 'auth', token: user.refreshToken });
    assert.equal((await probe.next()).error.code, 'AUTHENTICATION_ERROR');
    assert.equal((await probe.closed).code, 4401);
  });
});
