import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { schemaErrors } from '../support/spec-validator.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ BODY_LIMIT_BYTES: '2048' });
});
after(() => server.close());

describe('errors the framework raises leave in each API’s own envelope', () => {
  test('unknown route → 404 in each format', async () => {
    const lenserfight = await server.http.get('/lenserfight/v1/nothing-here');
    assert.equal(lenserfight.status, 404);
    assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', lenserfight.body), []);

    const lightning = await server.http.get('/lightning/api/nothing-here');
    assert.equal(lightning.status, 404);
    assert.deepEqual(schemaErrors('lightning', 'ErrorResponse', lightning.body), []);

    const hybrid = await server.http.get('/hybrid/v1/nothing-here');
    assert.deepEqual(schemaErrors('hybrid', 'ErrorResponse', hybrid.body), []);
    assert.equal(hybrid.body.code, 'not_found');

    const hypershift = await server.http.get('/hypershift/nothing-here');
    assert.deepEqual(schemaErrors('hypershift', 'ErrorResponse', hypershift.body), []);

    const orchestrator = await server.http.get('/orchestrator/api/v1/nothing-here');
    assert.deepEqual(schemaErrors('orchestrator', 'ErrorResponse', orchestrator.body), []);
    assert.equal(orchestrator.body.error.correlation_id, orchestrator.headers['x-request-id']);

    const beside = await server.http.get('/hybrid/not-under-v1');
    assert.equal(beside.status, 404);
    assert.equal(beside.body.code, 'not_found');
  });

  test('an absolute-form request target (as sent to a proxy) is served like its path', async () => {
    const http = createServer(server.listener);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as AddressInfo;
    try {
      const socket = connect(port, '127.0.0.1');
      socket.write(`GET http://127.0.0.1:${port}/lenserfight/health?x=1 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
      let answer = '';
      for await (const chunk of socket) answer += chunk;
      assert.match(answer, /^HTTP\/1\.1 200 /);
      assert.match(answer, /"status"/);
    } finally {
      http.close();
    }
  });

  test('a path outside every API → JSON 404', async () => {
    const res = await server.http.get('/nowhere');
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, 'not_found');
  });

  test('wrong method → 405 with Allow (HEAD is served wherever GET is)', async () => {
    const res = await server.http.delete('/lenserfight/v1/runs/00000000-0000-4000-8000-000000000000');
    assert.equal(res.status, 405);
    assert.equal(res.headers.allow, 'GET, HEAD');
    assert.equal(res.body.error.code, 'method_not_allowed');
  });

  test('OPTIONS (not a CORS preflight) on a known path → 204 listing its methods; on an unknown path → 404', async () => {
    const run = await server.http.options('/lenserfight/v1/runs/00000000-0000-4000-8000-000000000000');
    assert.equal(run.status, 204);
    assert.equal(run.headers.allow, 'GET, HEAD, OPTIONS');
    assert.match(run.headers['x-request-id'], /.+/);
    const conversation = await server.http.options('/lightning/api/gemini/conversations/1');
    assert.equal(conversation.status, 204);
    assert.equal(conversation.headers.allow, 'GET, DELETE, HEAD, OPTIONS');
    const unknown = await server.http.options('/hybrid/v1/nothing-here');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'not_found');
  });

  test('a body over the limit → 413 in the envelope', async () => {
    const res = await server.http
      .post(`/lenserfight/v1/lenses/${server.demo.lensId}/execute`)
      .set(await server.auth(uniqueUser()))
      .send({ params: { topic: 'x'.repeat(5000) } });
    assert.equal(res.status, 413);
    assert.equal(res.body.error.code, 'payload_too_large');
  });

  test('a POST with no body where one is required → 400, not 500', async () => {
    const res = await server.http.post(`/lenserfight/v1/lenses/${server.demo.lensId}/execute`).set(await server.auth(uniqueUser()));
    assert.equal(res.status, 400);
    assert.equal(res.body.error.details.errors[0].message, 'is required');
  });

  test('X-Request-Id is echoed when the client sends a sane one', async () => {
    const res = await server.http.get('/lenserfight/health').set('X-Request-Id', 'trace-123');
    assert.equal(res.headers['x-request-id'], 'trace-123');
    const odd = await server.http.get('/lenserfight/health').set('X-Request-Id', 'bad id with spaces');
    assert.notEqual(odd.headers['x-request-id'], 'bad id with spaces');
  });
});

describe('docs and specs', () => {
  test('each API serves its bundled spec and a docs page that loads only local assets', async () => {
    for (const slug of ['lenserfight', 'lightning', 'hybrid', 'hypershift', 'orchestrator']) {
      const spec = await server.http.get(`/${slug}/openapi.json`);
      assert.equal(spec.status, 200);
      assert.match(spec.body.openapi, /^3\.1/);
      assert.ok(spec.body.servers[0].url.startsWith(`/${slug}`));
      const docs = await server.http.get(`/${slug}/docs`);
      assert.equal(docs.status, 200);
      assert.doesNotMatch(docs.text, /src="https?:|href="https?:/);
    }
    const index = await server.http.get('/docs');
    assert.match(index.text, /LenserFight Platform API/);
    const asset = await server.http.get('/docs/assets/swagger-ui-bundle.js');
    assert.equal(asset.status, 200);
  });
});
