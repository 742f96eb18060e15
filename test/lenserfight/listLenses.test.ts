import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { schemaErrors } from '../support/spec-validator.js';
import { assertOpaque500, base, failOnce } from './support.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('listLenses', () => {
  test('200: the lenses with their declared params, required ones marked', async () => {
    const res = await server.http.get(`${base}/lenses`).set(await server.auth(uniqueUser()));
    assert.equal(res.status, 200);
    assert.deepEqual(schemaErrors('lenserfight', 'LensListEnvelope', res.body), []);
    const demo = res.body.data.find((lens: { id: string }) => lens.id === server.demo.lensId);
    assert.equal(demo.name, 'Explain a topic');
    assert.deepEqual(
      demo.params.map((p: { name: string; required: boolean }) => [p.name, p.required]),
      [
        ['topic', true],
        ['audience', false],
      ],
    );
  });

  test('401: without a token', async () => {
    const res = await server.http.get(`${base}/lenses`);
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, 'unauthorized');
  });

  test('500: an unexpected failure is opaque to the client', async () => {
    failOnce(server.services.lenses, 'listLenses');
    assertOpaque500(await server.http.get(`${base}/lenses`).set(await server.auth(uniqueUser())));
  });
});
