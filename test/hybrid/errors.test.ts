import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Services } from '../../src/apis/hybrid/services.js';
import { uniqueUser } from '../support/test-server.js';
import { base, failOnce, researchWorkflow, startHybrid, type HybridServer } from './support.js';

let server: HybridServer;
before(async () => {
  server = await startHybrid();
});
after(() => server.close());

type Case = { fail: (s: Services) => void; request: (user: string) => [method: 'get' | 'post' | 'delete', path: string, body?: object, query?: object] };

// One failing dependency per operation: each answers an opaque 500 in the API's error format.
const cases: Record<string, Case> = {
  storeToken: { fail: (s) => failOnce(s.tokens, 'store'), request: (u) => ['post', '/tokens', { userId: u, providerId: 'openai', tokenData: { accessToken: 'sk-leak', type: 'api' } }] },
  deleteToken: { fail: (s) => failOnce(s.tokens, 'delete'), request: (u) => ['delete', '/tokens', undefined, { userId: u, providerId: 'openai' }] },
  runHybridPrompt: { fail: (s) => failOnce(s.submission, 'submitPrompt'), request: (u) => ['post', '/run-hybrid', { userId: u, promptText: 'x', requestedModels: ['local-fast'] }] },
  runWorkflow: { fail: (s) => failOnce(s.submission, 'submitWorkflow'), request: (u) => ['post', '/run-workflow', { userId: u, workflowName: 'x' }] },
  getJobStatus: { fail: (s) => failOnce(s.status, 'state'), request: () => ['get', '/jobs/00000000-0000-4000-8000-000000000000'] },
  listWorkflows: { fail: (s) => failOnce(s.workflows, 'list'), request: () => ['get', '/workflows'] },
  createWorkflow: { fail: (s) => failOnce(s.workflows, 'save'), request: () => ['post', '/workflows', researchWorkflow('x')] },
  getWorkflow: { fail: (s) => failOnce(s.workflows, 'get'), request: () => ['get', '/workflows/x'] },
  deleteWorkflow: { fail: (s) => failOnce(s.workflows, 'delete'), request: () => ['delete', '/workflows/x'] },
  listModels: { fail: (s) => failOnce(s.catalogue, 'forUser'), request: () => ['get', '/models'] },
  checkModelHealth: { fail: (s) => failOnce(s.catalogue, 'find'), request: () => ['get', '/models/local-fast/health'] },
};

for (const [operationId, { fail, request }] of Object.entries(cases)) {
  test(`${operationId}: 500 — an unexpected failure is opaque to the client`, async () => {
    const user = uniqueUser();
    const [method, path, body, query] = request(user);
    fail(server.hybrid);
    let req = server.http[method](`${base}${path}`).set(await server.auth(user));
    if (query) req = req.query(query);
    const res = await (body ? req.send(body) : req);
    assert.equal(res.status, 500);
    assert.deepEqual(Object.keys(res.body).sort(), ['code', 'details', 'message']);
    assert.equal(res.body.code, 'internal_error');
    assert.doesNotMatch(res.text, /secret_table|simulated|sk-leak|at .*\.ts/);
    assert.ok(res.headers['x-ratelimit-limit']);
  });
}
