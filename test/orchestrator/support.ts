import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Services } from '../../src/apis/orchestrator/services.js';
import type { Role } from '../../src/services/orchestrator/access.js';
import type { Tier } from '../../src/services/orchestrator/users.js';
import { schemaErrors } from '../support/spec-validator.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

export const base = '/api/v1';

/**
 * The Orchestrator alone (served at its native `/api/v1`), with login limits out of the way unless a test sets them.
 * Each server is its own node, so test servers sharing a Postgres never adopt each other's agent processes.
 */
export function startOrchestrator(env: Record<string, string> = {}, options: { persistent?: boolean; apis?: string[] } = {}): Promise<TestServer> {
  return startTestServer(
    { ORCHESTRATOR_NODE: `test-${randomUUID()}`, ORCHESTRATOR_LOGIN_IP_LIMIT_PER_MINUTE: '100000', ORCHESTRATOR_LOGIN_ACCOUNT_LIMIT: '1000', ...env },
    { apis: ['orchestrator'], ...options },
  );
}

export const servicesOf = (server: TestServer) => server.servicesOf<Services>('orchestrator');

export type TestUser = { id: string; email: string; password: string; headers: { Authorization: string }; accessToken: string; refreshToken: string };

/** A fresh account with a session, opened through the service so tests do not spend the per-address login limit. */
export async function newUser(server: TestServer, tier: Tier = 'free'): Promise<TestUser> {
  const email = `u-${randomUUID()}@example.com`;
  const password = `pw-${randomUUID()}`;
  const services = servicesOf(server);
  const created = await services.accounts.create({ email, password, tier, firstName: 'Test', lastName: 'User' });
  const session = await services.accounts.login(email, password);
  return {
    id: created.id,
    email,
    password,
    accessToken: session.access_token,
    refreshToken: session.refresh_token,
    headers: { Authorization: `Bearer ${session.access_token}` },
  };
}

export type Cast = Record<Role | 'stranger', TestUser> & { organizationId: string };

/** An organization its owner created through the API, with an admin, a member and a viewer, and a stranger outside it. */
export async function newOrganization(server: TestServer, tier: Tier = 'pro'): Promise<Cast> {
  const owner = await newUser(server);
  const res = await server.http.post(`${base}/organizations`).set(owner.headers).send({ name: `Org ${randomUUID()}`, subscription_tier: tier });
  assert.equal(res.status, 201, res.text);
  const organizationId: string = res.body.id;
  const [admin, member, viewer, stranger] = await Promise.all([newUser(server), newUser(server), newUser(server), newUser(server)]);
  const orgs = servicesOf(server).organizations;
  await orgs.addMember(organizationId, admin.id, 'admin');
  await orgs.addMember(organizationId, member.id, 'member');
  await orgs.addMember(organizationId, viewer.id, 'viewer');
  return { organizationId, owner, admin, member, viewer, stranger };
}

export async function createAgent(server: TestServer, user: TestUser, body: Record<string, unknown> = {}) {
  const res = await server.http
    .post(`${base}/agents`)
    .set(user.headers)
    .send({ name: 'Support Bot', framework: 'langgraph', ...body });
  assert.equal(res.status, 201, res.text);
  return res.body as { id: string; version: string; owner_id: string; status: string };
}

export const simpleGraph = {
  nodes: [
    { id: 'input', type: 'input' },
    { id: 'respond', type: 'llm', data: { prompt: 'Answer {{message}}' } },
  ],
  edges: [{ source: 'input', target: 'respond' }],
  settings: { entry_node: 'input' },
};

export async function createWorkflow(server: TestServer, user: TestUser, agentId: string, body: Record<string, unknown> = {}) {
  const res = await server.http
    .post(`${base}/agents/${agentId}/workflows`)
    .set(user.headers)
    .send({ name: 'Main', workflow_data: simpleGraph, ...body });
  assert.equal(res.status, 201, res.text);
  return res.body as { id: string; version: string };
}

/** A documented error: the envelope, its code, and X-Correlation-ID equal to the body's correlation id. */
export function assertError(res: { status: number; body: any; headers: Record<string, string> }, status: number, code: string) {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.deepEqual(schemaErrors('orchestrator', 'ErrorResponse', res.body), []);
  assert.equal(res.body.error.code, code);
  assert.equal(res.headers['x-correlation-id'], res.body.error.correlation_id);
}

/** Polls the execution until it reaches one of `statuses`. */
export async function waitForExecution(server: TestServer, user: TestUser, executionId: string, statuses = ['completed', 'failed', 'cancelled']) {
  const { waitFor } = await import('../support/wait.js');
  return waitFor(async () => {
    const res = await server.http.get(`${base}/executions/${executionId}`).set(user.headers);
    return statuses.includes(res.body?.status) ? res.body : undefined;
  });
}

/** An agent with one workflow on `graph`, deployed; returns both ids. */
export async function deployedWorkflow(server: TestServer, user: TestUser, graph: object = simpleGraph, agentBody: Record<string, unknown> = {}) {
  const agent = await createAgent(server, user, agentBody);
  const workflow = await createWorkflow(server, user, agent.id, { workflow_data: graph });
  const res = await server.http.post(`${base}/agents/${agent.id}/deploy`).set(user.headers);
  assert.equal(res.status, 200, res.text);
  return { agentId: agent.id, workflowId: workflow.id, containerId: res.body.container_id as string };
}
