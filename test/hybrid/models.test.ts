import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uniqueUser } from '../support/test-server.js';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai.js';
import { base, startHybrid, type HybridServer } from './support.js';

// Two servers: one with no OpenAI-compatible provider configured (users bring their own key), one whose
// operator configured one (a local server speaking the wire format).
let fake: FakeOpenAi;
let byok: HybridServer;
let operated: HybridServer;
before(async () => {
  fake = await startFakeOpenAi();
  const openai = { OPENAI_BASE_URL: fake.baseUrl, HYBRID_OPENAI_MODELS: 'good-model,other-model', HYBRID_HEALTH_TIMEOUT_MS: '500' };
  byok = await startHybrid(openai);
  operated = await startHybrid({ ...openai, OPENAI_API_KEY: 'sk-server', HYBRID_HEALTH_CACHE_MS: '60000' });
});
after(async () => {
  await byok.close();
  await operated.close();
  await fake.close();
});

async function storeOpenAiToken(server: HybridServer, user: string, accessToken: string) {
  const res = await server.http.post(`${base}/tokens`).set(await server.auth(user)).send({ userId: user, providerId: 'openai', tokenData: { accessToken, type: 'api' } });
  assert.equal(res.status, 200);
}

describe('listModels', () => {
  test('200: the local models are always listed, labelled local, ordered by id', async () => {
    const user = uniqueUser();
    const res = await byok.http.get(`${base}/models`).set(await byok.auth(user));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.map((m: { id: string }) => m.id), ['local-balanced', 'local-deep', 'local-fast']);
    for (const model of res.body) {
      assert.equal(model.type, 'local');
      assert.equal(model.provider, 'local');
      assert.match(model.name, /not a real LLM/);
    }
  });

  test("200: a user who stored an openai token also gets the provider's models; other users do not", async () => {
    const [user, other] = [uniqueUser(), uniqueUser()];
    await storeOpenAiToken(byok, user, 'sk-user-own');
    const mine = await byok.http.get(`${base}/models`).set(await byok.auth(user));
    assert.deepEqual(mine.body.map((m: { id: string }) => m.id), ['good-model', 'local-balanced', 'local-deep', 'local-fast', 'other-model']);
    assert.deepEqual(mine.body.find((m: { id: string }) => m.id === 'good-model'), {
      id: 'good-model',
      type: 'api',
      provider: 'openai',
      name: 'good-model (OpenAI-compatible)',
      capabilities: { streaming: false, maxTokens: 8192 },
    });
    const theirs = await byok.http.get(`${base}/models`).set(await byok.auth(other));
    assert.equal(theirs.body.length, 3);
  });

  test('200: with a provider configured by the operator, every user gets its models', async () => {
    const res = await operated.http.get(`${base}/models`).set(await operated.auth(uniqueUser()));
    assert.equal(res.body.length, 5);
  });

  test('401: no bearer token', async () => {
    const res = await byok.http.get(`${base}/models`);
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'unauthorized');
  });
});

describe('checkModelHealth', () => {
  test('200: a local model is always ready', async () => {
    const res = await byok.http.get(`${base}/models/local-fast/health`).set(await byok.auth(uniqueUser()));
    assert.equal(res.status, 200);
    assert.equal(res.body.ready, true);
    assert.match(res.body.details, /not a real LLM/);
  });

  test("200: probes the provider with the user's own key", async () => {
    const user = uniqueUser();
    await storeOpenAiToken(byok, user, 'sk-user-health');
    const res = await byok.http.get(`${base}/models/good-model/health`).set(await byok.auth(user));
    assert.equal(res.status, 200);
    assert.equal(res.body.ready, true, res.body.details);
    assert.match(res.body.details, /good-model reachable/);
    assert.ok(fake.probes.includes('Bearer sk-user-health'));
    assert.doesNotMatch(res.text, /sk-user-health/);
  });

  test('200 ready:false: a stored key that cannot be sent (a line break in it) is not quoted in details', async () => {
    const user = uniqueUser();
    // POST /tokens refuses such a key now (decision 25); one stored before that still reaches the provider's fetch.
    await byok.hybrid.tokens.store(user, 'openai', { accessToken: 'sk-user-linebreak\nrest', type: 'api' });
    const res = await byok.http.get(`${base}/models/good-model/health`).set(await byok.auth(user));
    assert.equal(res.status, 200);
    assert.equal(res.body.ready, false);
    assert.match(res.body.details, /\[redacted\]/);
    assert.doesNotMatch(res.text, /sk-user-linebreak/);
  });

  test('200 ready:false: a key the provider rejects', async () => {
    const user = uniqueUser();
    await storeOpenAiToken(byok, user, 'sk-rejected');
    const res = await byok.http.get(`${base}/models/other-model/health`).set(await byok.auth(user));
    assert.deepEqual(res.body, { ready: false, details: 'openai: the provider rejected the key (401)' });
  });

  test('200 ready:false: an expired token is not sent at all', async () => {
    const user = uniqueUser();
    const res0 = await byok.http
      .post(`${base}/tokens`)
      .set(await byok.auth(user))
      .send({ userId: user, providerId: 'openai', tokenData: { accessToken: 'sk-expired', type: 'oauth', expiresAt: Date.now() - 1000 } });
    assert.equal(res0.status, 200);
    const res = await byok.http.get(`${base}/models/good-model/health`).set(await byok.auth(user));
    assert.equal(res.body.ready, false);
    assert.match(res.body.details, /expired/);
    assert.ok(!fake.probes.includes('Bearer sk-expired'));
  });

  test('200: the answer is cached briefly, so a second check does not probe again', async () => {
    const headers = await operated.auth(uniqueUser());
    const before = fake.probes.length;
    const first = await operated.http.get(`${base}/models/other-model/health`).set(headers);
    const second = await operated.http.get(`${base}/models/other-model/health`).set(headers);
    assert.equal(first.body.ready, true);
    assert.deepEqual(second.body, first.body);
    assert.equal(fake.probes.length - before, 1);
    assert.equal(fake.probes.at(-1), 'Bearer sk-server');
  });

  test('200: concurrent checks of one key share one probe, whichever of its models they ask about', async () => {
    const user = uniqueUser();
    await storeOpenAiToken(byok, user, 'sk-user-concurrent');
    const headers = await byok.auth(user);
    // The provider holds the probe until the health timeout, so every check arrives while it is running.
    fake.modelsStatus = 0;
    try {
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) => byok.http.get(`${base}/models/${i % 2 ? 'good-model' : 'other-model'}/health`).set(headers)),
      );
      for (const res of answers) assert.deepEqual([res.status, res.body], [200, { ready: false, details: 'openai: no answer within 500 ms' }]);
      assert.equal(fake.probes.filter((p) => p === 'Bearer sk-user-concurrent').length, 1);
    } finally {
      fake.modelsStatus = 200;
    }
  });

  test('200 ready:false: a provider that answers with an error, without waiting long', async () => {
    fake.modelsStatus = 503;
    try {
      const user = uniqueUser();
      await storeOpenAiToken(byok, user, 'sk-user-503');
      const res = await byok.http.get(`${base}/models/good-model/health`).set(await byok.auth(user));
      assert.deepEqual(res.body, { ready: false, details: 'openai: the provider answered 503' });
    } finally {
      fake.modelsStatus = 200;
    }
  });

  test('200, not 500: a model list holding entries that are not objects is read without them', async () => {
    fake.modelsBody = { object: 'list', data: [null, 'good-model', 7, { id: 'good-model' }] };
    try {
      const user = uniqueUser();
      await storeOpenAiToken(byok, user, 'sk-user-odd-list');
      const res = await byok.http.get(`${base}/models/good-model/health`).set(await byok.auth(user));
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.ready, true);
      fake.modelsBody = { object: 'list', data: [null] };
      await storeOpenAiToken(byok, user, 'sk-user-odd-list-2');
      const missing = await byok.http.get(`${base}/models/good-model/health`).set(await byok.auth(user));
      assert.deepEqual(missing.body, { ready: false, details: 'openai: reachable, but it does not offer good-model' });
    } finally {
      fake.modelsBody = undefined;
    }
  });

  test('200 ready:false: a provider that does not answer within the short health timeout', async () => {
    fake.modelsStatus = 0;
    try {
      const user = uniqueUser();
      await storeOpenAiToken(byok, user, 'sk-user-hang');
      const res = await byok.http.get(`${base}/models/good-model/health`).set(await byok.auth(user));
      assert.deepEqual(res.body, { ready: false, details: 'openai: no answer within 500 ms' });
    } finally {
      fake.modelsStatus = 200;
    }
  });

  test('400: a NUL byte in modelId', async () => {
    const res = await byok.http.get(`${base}/models/a%00b/health`).set(await byok.auth(uniqueUser()));
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'invalid_request');
  });

  test('401: no bearer token', async () => {
    const res = await byok.http.get(`${base}/models/local-fast/health`);
    assert.equal(res.status, 401);
  });

  test('404: an unknown model, and a provider model the user has no key for', async () => {
    const headers = await byok.auth(uniqueUser());
    const unknown = await byok.http.get(`${base}/models/gpt-17/health`).set(headers);
    assert.equal(unknown.status, 404);
    assert.deepEqual(unknown.body, { code: 'not_found', message: 'Model gpt-17 not found', details: { modelId: 'gpt-17' } });
    const keyless = await byok.http.get(`${base}/models/good-model/health`).set(headers);
    assert.equal(keyless.status, 404);
  });
});
