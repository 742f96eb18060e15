import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { failOnce, startLightning, type LightningServer } from './support.js';

let server: LightningServer;
before(async () => {
  server = await startLightning();
});
after(() => server.close());

describe('healthCheck', () => {
  test('200: ok while the database answers', async () => {
    const res = await server.http.get('/api/healthz');
    assert.deepEqual([res.status, res.body], [200, { status: 'ok' }]);
  });

  test('500: the database does not answer', async () => {
    const health = server.ln.health as unknown as { knex: unknown };
    const real = health.knex;
    health.knex = { raw: () => Promise.reject(new Error('connection refused')) };
    try {
      const res = await server.http.get('/api/healthz');
      assert.deepEqual([res.status, res.body], [500, { error: 'Database unreachable' }]);
    } finally {
      health.knex = real;
    }
    failOnce(server.ln.health, 'check');
    assert.equal((await server.http.get('/api/healthz')).status, 500);
  });
});
