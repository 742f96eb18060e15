import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { schemaErrors } from '../support/spec-validator.js';
import { assertOpaque500, base, executeDemoLens, failOnce, waitForRunStatus } from './support.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('getRunStatus', () => {
  test('200: the run with timings, tokens, cost and its primary output and trace artifacts', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user);
    await waitForRunStatus(server, user, runId);
    const res = await server.http.get(`${base}/runs/${runId}`).set(await server.auth(user));
    assert.equal(res.status, 200);
    assert.deepEqual(schemaErrors('lenserfight', 'PlatformRunStatusEnvelope', res.body), []);
    const run = res.body.data;
    assert.equal(run.id, runId);
    assert.ok(Date.parse(run.startedAt) <= Date.parse(run.completedAt));
    assert.ok(run.tokenInput > 0 && run.tokenOutput > 0);
    assert.equal(run.creditCost, 1);
    assert.equal(run.billingStatus, 'charged');
    assert.deepEqual(run.artifacts.map((a: { artifactKind: string }) => a.artifactKind), ['text', 'trace']);
  });

  test('200: byok runs cost no platform credits', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user, { params: { topic: 'x' }, fundingSource: 'user_byok_cloud', byokKeyRefId: 'key_1' });
    const run = await waitForRunStatus(server, user, runId);
    assert.equal(run.creditCost, 0);
    assert.equal(run.billingStatus, 'byok_not_charged');
  });

  test('404: another subject cannot see the run', async () => {
    const runId = await executeDemoLens(server, uniqueUser('owner'));
    const res = await server.http.get(`${base}/runs/${runId}`).set(await server.auth(uniqueUser('intruder')));
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, 'not_found');
  });

  test('404: an unknown run', async () => {
    const res = await server.http.get(`${base}/runs/00000000-0000-4000-8000-000000000000`).set(await server.auth(uniqueUser()));
    assert.equal(res.status, 404);
  });

  test('400: a runId that is not a uuid', async () => {
    const res = await server.http.get(`${base}/runs/123`).set(await server.auth(uniqueUser()));
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'validation_failed');
  });

  test('400: a runId in the urn:uuid: form, which no uuid column reads (it was a 500)', async () => {
    const res = await server.http.get(`${base}/runs/urn:uuid:00000000-0000-4000-8000-000000000000`).set(await server.auth(uniqueUser()));
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.error.code, 'validation_failed');
  });

  test('401: no token', async () => {
    const res = await server.http.get(`${base}/runs/00000000-0000-4000-8000-000000000000`);
    assert.equal(res.status, 401);
  });

  test('401: a token whose subject holds a NUL, which no query can carry (it was a 500)', async () => {
    const res = await server.http.get(`${base}/runs/00000000-0000-4000-8000-000000000000`).set(await server.auth('a\u0000b'));
    assert.equal(res.status, 401, res.text);
    assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', res.body), []);
    assert.equal(res.body.error.code, 'unauthorized');
  });

  test('401: a token whose subject is over 255 characters (it was a 500 where an index holds the subject)', async () => {
    const long = Array.from({ length: 256 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
    const res = await server.http.get(`${base}/runs/00000000-0000-4000-8000-000000000000`).set(await server.auth(long));
    assert.equal(res.status, 401, res.text);
    assert.equal(res.body.error.code, 'unauthorized');
    assert.equal((await server.http.get(`${base}/runs/00000000-0000-4000-8000-000000000000`).set(await server.auth(long.slice(0, 255)))).status, 404);
  });

  test('500: a response that breaks the contract is never sent', async () => {
    const reader = server.services.status;
    const real = reader.status;
    reader.status = (async () => ({ id: 'not-a-uuid', status: 'exploded' })) as unknown as typeof reader.status;
    try {
      const res = await server.http.get(`${base}/runs/00000000-0000-4000-8000-000000000000`).set(await server.auth(uniqueUser()));
      assert.equal(res.status, 500);
      assert.equal(res.body.error.code, 'response_validation_failed');
      assert.doesNotMatch(res.text, /exploded/);
    } finally {
      reader.status = real;
    }
  });

  test('500: an unexpected failure is opaque', async () => {
    failOnce(server.services.status, 'status');
    assertOpaque500(await server.http.get(`${base}/runs/00000000-0000-4000-8000-000000000000`).set(await server.auth(uniqueUser())));
  });
});
