import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { assertError, base, newUser, servicesOf, startOrchestrator, simpleGraph } from './support.js';

// Every implemented operation: how to call it, and which service call a failing dependency would break.
type Call = { op: string; method: 'get' | 'post' | 'put' | 'delete'; path: string; body?: object; fails: [service: string, method: string] };
const id = '00000000-0000-4000-8000-000000000000';
const calls: Call[] = [
  { op: 'login', method: 'post', path: '/auth/login', body: { email: 'a@example.com', password: 'x' }, fails: ['accounts', 'login'] },
  { op: 'refreshToken', method: 'post', path: '/auth/refresh', body: { refresh_token: 'x' }, fails: ['accounts', 'refresh'] },
  { op: 'logout', method: 'post', path: '/auth/logout', fails: ['accounts', 'logout'] },
  { op: 'getCurrentUser', method: 'get', path: '/users/me', fails: ['accounts', 'me'] },
  { op: 'updateCurrentUser', method: 'put', path: '/users/me', body: { first_name: 'X' }, fails: ['accounts', 'updateMe'] },
  { op: 'listOrganizations', method: 'get', path: '/organizations', fails: ['organizations', 'list'] },
  { op: 'createOrganization', method: 'post', path: '/organizations', body: { name: 'Org' }, fails: ['organizations', 'create'] },
  { op: 'getOrganization', method: 'get', path: `/organizations/${id}`, fails: ['organizations', 'get'] },
  { op: 'listAgents', method: 'get', path: '/agents', fails: ['agents', 'list'] },
  { op: 'createAgent', method: 'post', path: '/agents', body: { name: 'A', framework: 'agno' }, fails: ['agents', 'create'] },
  { op: 'getAgent', method: 'get', path: `/agents/${id}`, fails: ['agents', 'get'] },
  { op: 'updateAgent', method: 'put', path: `/agents/${id}`, body: { name: 'B' }, fails: ['agents', 'update'] },
  { op: 'deleteAgent', method: 'delete', path: `/agents/${id}`, fails: ['agents', 'delete'] },
  { op: 'listAgentWorkflows', method: 'get', path: `/agents/${id}/workflows`, fails: ['workflows', 'list'] },
  { op: 'createWorkflow', method: 'post', path: `/agents/${id}/workflows`, body: { name: 'W', workflow_data: simpleGraph }, fails: ['workflows', 'create'] },
  { op: 'getWorkflow', method: 'get', path: `/workflows/${id}`, fails: ['workflows', 'get'] },
  { op: 'updateWorkflow', method: 'put', path: `/workflows/${id}`, body: { name: 'W2' }, fails: ['workflows', 'update'] },
  { op: 'deployAgent', method: 'post', path: `/agents/${id}/deploy`, fails: ['deployments', 'deploy'] },
  { op: 'undeployAgent', method: 'post', path: `/agents/${id}/undeploy`, fails: ['deployments', 'undeploy'] },
  { op: 'executeWorkflow', method: 'post', path: `/workflows/${id}/execute`, fails: ['executions', 'start'] },
  { op: 'listExecutions', method: 'get', path: '/executions', fails: ['executions', 'list'] },
  { op: 'getExecution', method: 'get', path: `/executions/${id}`, fails: ['executions', 'get'] },
  { op: 'getAgentContainer', method: 'get', path: `/agents/${id}/container`, fails: ['containers', 'status'] },
  { op: 'restartAgentContainer', method: 'post', path: `/agents/${id}/container/restart`, fails: ['containers', 'restart'] },
  { op: 'getAgentContainerLogs', method: 'get', path: `/agents/${id}/container/logs`, fails: ['containers', 'logs'] },
  { op: 'publishAgent', method: 'post', path: `/agents/${id}/publish`, body: { pricing: { type: 'free' } }, fails: ['marketplace', 'publishAgent'] },
  { op: 'getAgentMarketplaceIntegration', method: 'get', path: `/agents/${id}/marketplace`, fails: ['marketplace', 'integration'] },
  { op: 'unpublishAgent', method: 'post', path: `/agents/${id}/unpublish`, fails: ['marketplace', 'unpublishAgent'] },
];

const send = (server: TestServer, call: Call, headers: Record<string, string>) => {
  const req = server.http[call.method](`${base}${call.path}`).set(headers);
  return call.body ? req.send(call.body) : req;
};

describe('500: an unexpected failure is an opaque INTERNAL_ERROR in the envelope', () => {
  let server: TestServer;
  let headers: Record<string, string>;
  before(async () => {
    server = await startOrchestrator();
    headers = (await newUser(server)).headers;
  });
  after(() => server.close());

  for (const call of calls) {
    test(`${call.op}: 500`, async () => {
      const services = servicesOf(server) as unknown as Record<string, Record<string, unknown>>;
      const target = services[call.fails[0]];
      const original = target[call.fails[1]];
      target[call.fails[1]] = async () => {
        throw new Error('simulated failure: relation "secret_table" does not exist');
      };
      try {
        const res = await send(server, call, headers);
        assertError(res, 500, 'INTERNAL_ERROR');
        assert.doesNotMatch(res.text, /secret_table|simulated/);
      } finally {
        target[call.fails[1]] = original;
      }
    });
  }
});

describe('429: every operation shares the per-caller limit (decision 22)', () => {
  let server: TestServer;
  before(async () => {
    server = await startOrchestrator({ ORCHESTRATOR_RATE_LIMIT_PER_MINUTE: '1' });
  });
  after(() => server.close());

  for (const call of calls) {
    test(`${call.op}: 429 with Retry-After and the limit headers`, async () => {
      // A caller of its own (operator-minted token) spends its one request, then is refused whatever it calls.
      const headers = await server.auth(randomUUID());
      await server.http.get(`${base}/users/me`).set(headers);
      await send(server, call, headers);
      const res = await send(server, call, headers);
      assertError(res, 429, 'RATE_LIMIT_EXCEEDED');
      assert.ok(Number(res.headers['retry-after']) > 0);
      assert.equal(res.headers['x-ratelimit-remaining'], '0');
    });
  }
});
