import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { schemaErrors } from '../support/spec-validator.js';
import { assertOpaque500, failOnce } from './support.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('getHealth', () => {
  test('200: ok when fn_health() answers, without a token', async () => {
    const res = await server.http.get('/lenserfight/health');
    assert.equal(res.status, 200);
    assert.deepEqual(schemaErrors('lenserfight', 'HealthOk', res.body), []);
    assert.equal(res.body.status, 'ok');
    assert.equal(res.body.db, true);
  });

  test('503: degraded, with the reason, when the database probe fails', async () => {
    const probe = server.services.health as unknown as { knex: unknown };
    const real = probe.knex;
    probe.knex = { raw: () => Promise.reject(new Error('connection refused')) };
    try {
      const res = await server.http.get('/lenserfight/health');
      assert.equal(res.status, 503);
      assert.deepEqual(schemaErrors('lenserfight', 'HealthDegraded', res.body), []);
      assert.equal(res.body.db, false);
      assert.equal(res.body.reason, 'database unreachable');
    } finally {
      probe.knex = real;
    }
  });

  test('503: degraded when the probe takes longer than its timeout', async () => {
    const probe = server.services.health as unknown as { knex: unknown; timeoutMs: number };
    const real = probe.knex;
    probe.knex = { raw: () => new Promise(() => {}) };
    probe.timeoutMs = 50;
    try {
      const res = await server.http.get('/lenserfight/health');
      assert.equal(res.status, 503);
      assert.match(res.body.reason, /timed out after 50 ms/);
    } finally {
      probe.knex = real;
      probe.timeoutMs = 1500;
    }
  });

  test('500: an unexpected failure of the handler is opaque', async () => {
    failOnce(server.services.health, 'check');
    assertOpaque500(await server.http.get('/lenserfight/health'));
  });
});
