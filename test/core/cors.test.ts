import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import supertest from 'supertest';
import { createApiHost } from '../../src/core/api-host.js';
import type { ApiPlugin } from '../../src/core/api-plugin.js';
import { HttpError } from '../../src/core/http-error.js';
import { createLogger } from '../../src/core/logger.js';
import { repoRoot } from '../../src/paths.js';

// The rate-limited fixture API: its operations declare the X-RateLimit-* headers, which a browser must be able to read.
const plugin: ApiPlugin = {
  slug: 'fixture',
  specFile: join(repoRoot, 'test', 'fixtures', 'rate-limited', 'openapi.json'),
  handlers: {
    getThing: async () => ({ status: 200, body: { id: 1 } }),
    submit: async () => ({ status: 202, body: { id: 1 } }),
    demo: async () => ({ status: 200, body: { id: 1 } }),
    byTenant: async () => ({ status: 200, body: { id: 1 } }),
  },
  renderError: (error) => ({ problem: error.message, status: error.status }),
  security: {
    user: (req) => {
      const subject = req.headers['x-user'];
      if (typeof subject !== 'string') throw new HttpError(401, 'unauthorized', 'X-User is missing');
      return { subject, scheme: 'user', claims: {} };
    },
  },
};

async function http(corsOrigins?: string) {
  const host = await createApiHost([{ plugin }], { logger: createLogger('silent'), validateResponses: true, bodyLimitBytes: 1024, sseKeepAliveMs: 15_000, prefixed: true, corsOrigins });
  return supertest(host.listener);
}

const preflight = (agent: supertest.Agent | ReturnType<typeof supertest>, origin: string) =>
  agent.options('/fixture/things/1').set('Origin', origin).set('Access-Control-Request-Method', 'GET').set('Access-Control-Request-Headers', 'x-user');

describe('CORS (CORS_ORIGINS)', () => {
  test('unset: no CORS headers, so browsers keep other origins out', async () => {
    const client = await http();
    const res = await client.get('/fixture/things/1').set('Origin', 'https://app.example').set('X-User', 'u1');
    assert.equal(res.status, 200);
    assert.equal(res.headers['access-control-allow-origin'], undefined);
    assert.equal((await preflight(client, 'https://app.example')).headers['access-control-allow-origin'], undefined);
  });

  test('a listed origin: the preflight is answered 204, and responses expose the headers the spec declares', async () => {
    const client = await http('https://app.example, https://admin.example');
    const pre = await preflight(client, 'https://admin.example');
    assert.equal(pre.status, 204);
    assert.equal(pre.headers['access-control-allow-origin'], 'https://admin.example');
    assert.match(pre.headers['access-control-allow-methods'], /\bGET\b/);
    assert.equal(pre.headers['access-control-allow-headers'], 'x-user');
    assert.equal(pre.headers['access-control-max-age'], '600');

    const res = await client.get('/fixture/things/1').set('Origin', 'https://app.example').set('X-User', 'u2');
    assert.equal(res.status, 200);
    assert.equal(res.headers['access-control-allow-origin'], 'https://app.example');
    assert.match(res.headers.vary, /Origin/);
    const exposed = res.headers['access-control-expose-headers'].split(',');
    for (const name of ['X-Request-Id', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After']) assert.ok(exposed.includes(name), name);

    // Errors carry them too, so a browser client can read its 401 and 429 bodies and headers.
    const unauthorized = await client.get('/fixture/things/1').set('Origin', 'https://app.example');
    assert.equal(unauthorized.status, 401);
    assert.equal(unauthorized.headers['access-control-allow-origin'], 'https://app.example');
  });

  test('an origin not listed gets no Allow-Origin; `*` allows any', async () => {
    const listed = await http('https://app.example');
    const other = await listed.get('/fixture/things/1').set('Origin', 'https://evil.example').set('X-User', 'u3');
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    const any = await http('*');
    const res = await any.get('/fixture/things/1').set('Origin', 'https://anywhere.example').set('X-User', 'u4');
    assert.equal(res.headers['access-control-allow-origin'], '*');
  });

  test('only the APIs: the docs pages stay same-origin', async () => {
    const client = await http('*');
    const res = await client.get('/docs').set('Origin', 'https://anywhere.example');
    assert.equal(res.status, 200);
    assert.equal(res.headers['access-control-allow-origin'], undefined);
  });
});
