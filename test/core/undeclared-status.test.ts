import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino from 'pino';
import supertest from 'supertest';
import { createApiHost } from '../../src/core/api-host.js';
import { HttpError } from '../../src/core/http-error.js';
import { repoRoot } from '../../src/paths.js';

// The runtime's decision for a spec that misses a status the framework answers (generation refuses such a spec,
// but a hand-made or older bundle can still reach the runtime): the client error is sent as it is, in the API's
// envelope, and logged at error level. A status the spec declares with another body is still a 500.
async function fixture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  const host = await createApiHost(
    [
      {
        plugin: {
          slug: 'undeclared',
          specFile: join(repoRoot, 'test', 'fixtures', 'undeclared', 'openapi.json'),
          handlers: {
            putItem: async () => {
              throw new HttpError(404, 'not_found', 'No such item');
            },
          },
          renderError: (error) => ({ failure: error.message }),
        },
      },
    ],
    { logger: pino({ level: 'error' }, sink), validateResponses: true, bodyLimitBytes: 16, sseKeepAliveMs: 15_000, prefixed: false },
  );
  return { http: supertest(host.listener), lines };
}

test('undeclared 400, 413 and 415 are sent in the envelope and logged, never turned into a 500', async () => {
  const { http, lines } = await fixture();
  const cases: [number, () => Promise<{ status: number; body: unknown }>][] = [
    [400, () => http.post('/items/NOT-A-SLUG').send({})],
    [400, () => http.post('/items/ok').set('Content-Type', 'application/json').send('{"a":')],
    [415, () => http.post('/items/ok').set('Content-Type', 'text/plain').send('x')],
    [413, () => http.post('/items/ok').send({ long: 'x'.repeat(64) })],
  ];
  for (const [status, send] of cases) {
    const res = await send();
    assert.equal(res.status, status);
    assert.equal(typeof (res.body as { failure: string }).failure, 'string');
  }
  const logged = lines.filter((l) => l.msg === 'sent a status the spec does not declare for this operation');
  assert.deepEqual(logged.map((l) => [l.status, l.operationId, l.level]), cases.map(([s]) => [s, 'putItem', 50]));
});

test('a declared status whose body breaks the contract is still a logged 500', async () => {
  const { http, lines } = await fixture();
  const res = await http.post('/items/ok').send({});
  assert.equal(res.status, 500);
  assert.ok(lines.some((l) => l.msg === 'error response does not match the spec'));
});
