import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { schemaErrors } from '../support/spec-validator.js';
import { assertOpaque500, base, failOnce, waitForRunStatus } from './support.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const path = () => `${base}/lenses/${server.demo.lensId}/execute`;

describe('executeLens', () => {
  test('202: accepts the run, and the worker completes it with the local provider', async () => {
    const user = uniqueUser();
    const res = await server.http.post(path()).set(await server.auth(user)).send({ params: { topic: 'contracts', audience: 'engineers' } });
    assert.equal(res.status, 202);
    assert.deepEqual(schemaErrors('lenserfight', 'PlatformExecutionAcceptedEnvelope', res.body), []);
    assert.equal(res.body.data.status, 'queued');
    assert.equal(res.body.data.workflowId, null);
    assert.equal(res.body.meta.requestId, res.headers['x-request-id']);
    assert.equal(typeof res.body.meta.durationMs, 'number');

    const run = await waitForRunStatus(server, user, res.body.data.runId);
    assert.equal(run.status, 'succeeded');
    assert.equal(run.providerKey, 'local');
    assert.equal(run.modelKey, 'local/local-echo-1');
    assert.match(run.artifacts[0].contentText, /not a real LLM.*Explain contracts to engineers/);
  });

  test('202: a client-chosen X-Request-Id is echoed, and the run still gets a UUID request id', async () => {
    const user = uniqueUser();
    const res = await server.http.post(path()).set(await server.auth(user)).set('X-Request-Id', 'client-req.42').send({ params: { topic: 'ids' } });
    assert.equal(res.status, 202);
    assert.equal(res.headers['x-request-id'], 'client-req.42');
    assert.equal(res.body.meta.requestId, 'client-req.42');
    const status = await server.http.get(`${base}/runs/${res.body.data.runId}`).set(await server.auth(user));
    assert.equal(status.status, 200);
    assert.deepEqual(schemaErrors('lenserfight', 'PlatformRunStatusEnvelope', status.body), []);
    assert.match(status.body.data.requestId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('202: the same idempotencyKey from the same user returns the same run', async () => {
    const user = uniqueUser();
    const body = { params: { topic: 'idempotency' }, idempotencyKey: 'key-1' };
    const first = await server.http.post(path()).set(await server.auth(user)).send(body);
    const second = await server.http.post(path()).set(await server.auth(user)).send(body);
    assert.equal(first.status, 202);
    assert.equal(second.status, 202);
    assert.equal(second.body.data.runId, first.body.data.runId);
    const other = await server.http.post(path()).set(await server.auth(uniqueUser())).send(body);
    assert.notEqual(other.body.data.runId, first.body.data.runId);
  });

  test("400: an idempotencyKey the user already used for another lens or a workflow (it answered 202 with that other run's id)", async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    const first = await server.http.post(path()).set(headers).send({ params: { topic: 'keys' }, idempotencyKey: 'shared-key' });
    assert.equal(first.status, 202);
    const otherLens = '5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a02';
    const workflowRun = await server.http.post(`${base}/workflows/${server.demo.workflowId}/run`).set(headers).send({ inputs: { topic: 'keys' }, idempotencyKey: 'shared-key' });
    const lensRun = await server.http.post(`${base}/lenses/${otherLens}/execute`).set(headers).send({ params: { topic: 'keys' }, idempotencyKey: 'shared-key' });
    for (const res of [workflowRun, lensRun]) {
      assert.equal(res.status, 400, res.text);
      assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', res.body), []);
      assert.equal(res.body.error.code, 'validation_failed');
      assert.equal(res.body.error.details.errors[0].path, '/idempotencyKey');
    }
    // The lens it was made for still gets its run back, whatever the case of the id in the path.
    const again = await server.http.post(`${base}/lenses/${server.demo.lensId.toUpperCase()}/execute`).set(headers).send({ params: { topic: 'other' }, idempotencyKey: 'shared-key' });
    assert.equal(again.status, 202, again.text);
    assert.equal(again.body.data.runId, first.body.data.runId);
  });

  test('400: an empty or over-long modelOverride (it was sent to the provider as the model)', async () => {
    const headers = await server.auth(uniqueUser());
    for (const override of [{ modelOverride: '' }, { modelOverride: 'm'.repeat(201) }, { providerOverride: '' }, ]) {
      const res = await server.http.post(path()).set(headers).send({ params: { topic: 'override' }, ...override });
      assert.equal(res.status, 400, `${JSON.stringify(override).slice(0, 40)}: ${res.text}`);
      assert.equal(res.body.error.code, 'validation_failed');
      assert.equal(res.body.error.details.errors[0].path, `/${Object.keys(override)[0]}`);
    }
  });

  test('400: an idempotencyKey that is empty or over 255 characters (empty returned the first run, a long one was a 500)', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    for (const idempotencyKey of ['', 'k'.repeat(256), 'é'.repeat(5000)]) {
      const res = await server.http.post(path()).set(headers).send({ params: { topic: 'bounds' }, idempotencyKey });
      assert.equal(res.status, 400, `${idempotencyKey.length} characters: ${res.text}`);
      assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', res.body), []);
      assert.equal(res.body.error.code, 'validation_failed');
      assert.equal(res.body.error.details.errors[0].path, '/idempotencyKey');
    }
    // 255 characters, of four UTF-8 bytes each, is a key.
    const longest = { params: { topic: 'bounds' }, idempotencyKey: '\u{1F600}'.repeat(255) };
    const first = await server.http.post(path()).set(headers).send(longest);
    assert.equal(first.status, 202, first.text);
    const again = await server.http.post(path()).set(headers).send(longest);
    assert.equal(again.body.data.runId, first.body.data.runId);
  });

  test('202: concurrent requests with one idempotencyKey create one run', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    const body = { params: { topic: 'race' }, idempotencyKey: 'race-key' };
    const results = await Promise.all([1, 2, 3, 4].map(() => server.http.post(path()).set(headers).send(body)));
    assert.deepEqual(results.map((r) => r.status), [202, 202, 202, 202]);
    assert.equal(new Set(results.map((r) => r.body.data.runId)).size, 1);
  });

  test('400: an unpaired surrogate ("\\ud800") in a param name or value, which Postgres cannot store (it was a 500)', async () => {
    for (const params of [{ topic: 'x', '\ud800': 1 }, { topic: 'a\udc00b' }]) {
      const res = await server.http.post(path()).set(await server.auth(uniqueUser())).send({ params });
      assert.equal(res.status, 400, res.text);
      assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', res.body), []);
      assert.match(res.body.error.details.errors[0].message, /unpaired UTF-16 surrogate/);
    }
    // A surrogate pair is one character (an emoji), and fine.
    const ok = await server.http.post(path()).set(await server.auth(uniqueUser())).send({ params: { topic: '\ud83d\ude00' } });
    assert.equal(ok.status, 202, ok.text);
  });

  test('400: a number too large to read (1e400), which would have been stored as null', async () => {
    const res = await server.http
      .post(path())
      .set(await server.auth(uniqueUser()))
      .set('Content-Type', 'application/json')
      .send('{"params":{"topic":"x","depth":[1,-1e400]}}');
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', res.body), []);
    assert.deepEqual(res.body.error.details.errors[0].path, '/params/depth/1');
    assert.match(res.body.error.details.errors[0].message, /number within/);
    const ok = await server.http.post(path()).set(await server.auth(uniqueUser())).set('Content-Type', 'application/json').send('{"params":{"topic":"x","depth":1e300}}');
    assert.equal(ok.status, 202, ok.text);
  });

  test('400: a missing lens param names it', async () => {
    const res = await server.http.post(path()).set(await server.auth(uniqueUser())).send({ params: { audience: 'nobody' } });
    assert.equal(res.status, 400);
    assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', res.body), []);
    assert.equal(res.body.error.code, 'missing_param');
    assert.deepEqual(res.body.error.details.missing, ['topic']);
  });

  test('400: a required lens param that is empty or only whitespace counts as missing', async () => {
    for (const topic of ['', '  \t\n ']) {
      const res = await server.http.post(path()).set(await server.auth(uniqueUser())).send({ params: { topic } });
      assert.equal(res.status, 400, res.text);
      assert.equal(res.body.error.code, 'missing_param');
      assert.deepEqual(res.body.error.details.missing, ['topic']);
    }
  });

  test('400: fundingSource=user_byok_cloud needs byokKeyRefId', async () => {
    const res = await server.http
      .post(path())
      .set(await server.auth(uniqueUser()))
      .send({ params: { topic: 't' }, fundingSource: 'user_byok_cloud' });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'validation_failed');
    assert.equal(res.body.error.details.errors[0].path, '/byokKeyRefId');
  });

  test('400: schema violations list every failing field', async () => {
    const res = await server.http.post(path()).set(await server.auth(uniqueUser())).send({ params: 'nope', fundingSource: 'cash' });
    assert.equal(res.status, 400);
    const paths = res.body.error.details.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['/fundingSource', '/params']);
  });

  test('400: malformed JSON is a 400 in the envelope, never a 500', async () => {
    const res = await server.http.post(path()).set(await server.auth(uniqueUser())).set('Content-Type', 'application/json').send('{"params":');
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'bad_request');
    assert.match(res.body.meta.requestId, /.+/);
  });

  test('400: a lensId that is not a uuid', async () => {
    const res = await server.http.post(`${base}/lenses/not-a-uuid/execute`).set(await server.auth(uniqueUser())).send({ params: {} });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.details.errors[0].location, 'path');
  });

  test('415: a body that is not JSON is refused in the envelope', async () => {
    const res = await server.http.post(path()).set(await server.auth(uniqueUser())).set('Content-Type', 'text/plain').send('topic=x');
    assert.equal(res.status, 415);
    assert.equal(res.body.error.code, 'unsupported_media_type');
  });

  test('401: missing, malformed, expired and foreign-signed tokens', async () => {
    const expired = await server.signToken(uniqueUser(), -10);
    const foreign = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setExpirationTime('1h').sign(new TextEncoder().encode('not-the-secret'));
    const cases: [string | undefined, RegExp][] = [
      [undefined, /Missing bearer token/],
      ['Token abc', /must be "Bearer <token>"/],
      ['Bearer not.a.jwt', /invalid/],
      [`Bearer ${expired}`, /expired/],
      [`Bearer ${foreign}`, /invalid/],
    ];
    for (const [header, message] of cases) {
      const req = server.http.post(path()).send({ params: { topic: 't' } });
      const res = await (header ? req.set('Authorization', header) : req);
      assert.equal(res.status, 401, header);
      assert.equal(res.body.error.code, 'unauthorized');
      assert.match(res.body.error.message, message);
    }
  });

  test('404: an unknown lens', async () => {
    const res = await server.http.post(`${base}/lenses/00000000-0000-4000-8000-000000000000/execute`).set(await server.auth(uniqueUser())).send({ params: { topic: 't' } });
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, 'not_found');
  });

  test('500: an unexpected failure is opaque to the client', async () => {
    failOnce(server.services.submission, 'submitLens');
    const res = await server.http.post(path()).set(await server.auth(uniqueUser())).send({ params: { topic: 't' } });
    assertOpaque500(res);
  });
});

describe('executeLens rate limit', () => {
  let limited: TestServer;
  before(async () => {
    limited = await startTestServer({ RUN_RATE_LIMIT_PER_MINUTE: '2' });
  });
  after(() => limited.close());

  test('429: past the per-user limit, with Retry-After; other users are unaffected', async () => {
    const user = uniqueUser();
    const headers = await limited.auth(user);
    const send = () => limited.http.post(`${base}/lenses/${limited.demo.lensId}/execute`).set(headers).send({ params: { topic: 't' } });
    assert.equal((await send()).status, 202);
    assert.equal((await send()).status, 202);
    const res = await send();
    assert.equal(res.status, 429);
    assert.equal(res.body.error.code, 'rate_limited');
    assert.ok(Number(res.headers['retry-after']) > 0);
    const other = await limited.http.post(`${base}/lenses/${limited.demo.lensId}/execute`).set(await limited.auth(uniqueUser())).send({ params: { topic: 't' } });
    assert.equal(other.status, 202);
  });
});
