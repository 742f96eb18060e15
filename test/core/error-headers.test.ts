import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import pino from 'pino';
import supertest from 'supertest';
import { createApiHost } from '../../src/core/api-host.js';
import { HttpError } from '../../src/core/http-error.js';
import { repoRoot } from '../../src/paths.js';

// An API's errorHeaders adds headers to every error response it renders (the Orchestrator repeats its body's
// correlation id in X-Correlation-ID); a header the error itself carries wins over the plugin's.
async function fixture(error: HttpError) {
  const host = await createApiHost(
    [
      {
        plugin: {
          slug: 'headers',
          specFile: join(repoRoot, 'test', 'fixtures', 'undeclared', 'openapi.json'),
          handlers: {
            putItem: async () => {
              throw error;
            },
          },
          renderError: (e) => ({ failure: e.message, id: 'abc' }),
          errorHeaders: (e, body) => ({ 'X-Failure-Id': (body as { id: string }).id, 'X-Status': String(e.status), Allow: 'GET' }),
        },
      },
    ],
    { logger: pino({ level: 'silent' }), validateResponses: false, bodyLimitBytes: 1024, sseKeepAliveMs: 15_000, prefixed: false },
  );
  return supertest(host.listener);
}

test("errorHeaders adds headers from the rendered body to a handler's error, the framework's own errors and unknown routes", async () => {
  const http = await fixture(new HttpError(404, 'not_found', 'No such item'));
  const fromHandler = await http.post('/items/ok').send({});
  assert.equal(fromHandler.status, 404);
  assert.equal(fromHandler.headers['x-failure-id'], 'abc');
  assert.equal(fromHandler.headers['x-status'], '404');
  const framework = await http.post('/items/ok').set('Content-Type', 'text/plain').send('x');
  assert.equal(framework.status, 415);
  assert.equal(framework.headers['x-failure-id'], 'abc');
  const unknown = await http.get('/nowhere');
  assert.equal(unknown.status, 404);
  assert.equal(unknown.headers['x-failure-id'], 'abc');
});

test("a header the error names itself wins over the plugin's", async () => {
  const http = await fixture(new HttpError(405, 'method_not_allowed', 'nope', undefined, { Allow: 'PUT' }));
  const res = await http.post('/items/ok').send({});
  assert.equal(res.headers.allow, 'PUT');
  assert.equal(res.headers['x-status'], '405');
});
