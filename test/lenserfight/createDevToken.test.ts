import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { schemaErrors } from '../support/spec-validator.js';
import { assertOpaque500, base, failOnce } from './support.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ BODY_LIMIT_BYTES: '1024' });
});
after(() => server.close());

describe('createDevToken', () => {
  test('201: a token for the chosen subject that the API accepts as that subject', async () => {
    const res = await server.http.post(`${base}/dev/tokens`).send({ subject: 'alice' });
    assert.equal(res.status, 201);
    assert.deepEqual(schemaErrors('lenserfight', 'DevTokenEnvelope', res.body), []);
    assert.equal(res.body.data.subject, 'alice');
    assert.ok(Date.parse(res.body.data.expiresAt) > Date.now());
    const lenses = await server.http.get(`${base}/lenses`).set('Authorization', `Bearer ${res.body.data.token}`);
    assert.equal(lenses.status, 200);
  });

  test('400: a subject that is not a plain name', async () => {
    const res = await server.http.post(`${base}/dev/tokens`).send({ subject: 'a b' });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'validation_failed');
  });

  test('413: a body over the limit', async () => {
    const res = await server.http.post(`${base}/dev/tokens`).send({ subject: 'x'.repeat(5000) });
    assert.equal(res.status, 413);
  });

  test('415: a body that is not JSON', async () => {
    const res = await server.http.post(`${base}/dev/tokens`).set('Content-Type', 'text/plain').send('alice');
    assert.equal(res.status, 415);
  });

  test('500: an unexpected failure is opaque to the client', async () => {
    failOnce(server.services.devTokens, 'mint');
    assertOpaque500(await server.http.post(`${base}/dev/tokens`).send({ subject: 'alice' }));
  });

  test('absent in production: 404 before any operation', async () => {
    const production = await startTestServer({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-enough-length' }, { apis: ['lenserfight'] });
    try {
      const res = await production.http.post('/v1/dev/tokens').send({ subject: 'alice' });
      assert.equal(res.status, 404);
    } finally {
      await production.close();
    }
  });
});
