import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { TokenCipher } from '../../src/services/hybrid/token-cipher.js';
import { TokenStore } from '../../src/services/hybrid/token-store.js';
import { uniqueUser } from '../support/test-server.js';
import { base, startHybrid, type HybridServer } from './support.js';

const KEY = randomBytes(32).toString('base64');
let server: HybridServer;
before(async () => {
  server = await startHybrid({ TOKEN_ENCRYPTION_KEY: KEY });
});
after(() => server.close());

const secretToken = () => `sk-proj-${randomBytes(12).toString('hex')}`;

async function store(user: string, body: Record<string, unknown>) {
  return server.http.post(`${base}/tokens`).set(await server.auth(user)).send(body);
}

describe('storeToken', () => {
  test('200: the token is stored sealed; the table holds no plaintext, and it opens again with the key', async () => {
    const user = uniqueUser();
    const accessToken = secretToken();
    const refreshToken = `rt-${randomBytes(8).toString('hex')}`;
    const res = await store(user, { userId: user, providerId: 'openai', tokenData: { accessToken, refreshToken, type: 'oauth', scopes: ['models.read'], expiresAt: Date.now() + 3_600_000 } });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: 'success' });
    assert.doesNotMatch(res.text, new RegExp(accessToken));

    const rows = await server.db.knex('hybrid_provider_tokens').where({ user_id: user });
    assert.equal(rows.length, 1);
    const dump = JSON.stringify(rows) + rows.map((r) => Buffer.concat([r.nonce, r.ciphertext, r.auth_tag]).toString('latin1')).join('');
    for (const secret of [accessToken, refreshToken, 'models.read']) assert.ok(!dump.includes(secret), `${secret} is stored in plaintext`);
    assert.equal(rows[0].key_id, new TokenCipher(KEY).currentKeyId);
    assert.equal((await server.hybrid.tokens.open(user, 'openai'))?.accessToken, accessToken);
  });

  test('200: storing again replaces the token (one row per user and provider)', async () => {
    const user = uniqueUser();
    await store(user, { userId: user, providerId: 'openai', tokenData: { accessToken: 'sk-first', type: 'api' } });
    const res = await store(user, { userId: user, providerId: 'openai', tokenData: { accessToken: 'sk-second', type: 'api', providerId: 'openai' } });
    assert.equal(res.status, 200);
    assert.equal((await server.db.knex('hybrid_provider_tokens').where({ user_id: user })).length, 1);
    assert.equal((await server.hybrid.tokens.open(user, 'openai'))?.accessToken, 'sk-second');
  });

  test('20 concurrent writes of one provider\'s token: all 200, one row left, holding one of the written keys', async () => {
    const user = uniqueUser();
    const keys = Array.from({ length: 20 }, () => secretToken());
    const answers = await Promise.all(keys.map((accessToken) => store(user, { userId: user, providerId: 'openai', tokenData: { accessToken, type: 'api' } })));
    assert.deepEqual([...new Set(answers.map((r) => r.status))], [200]);
    assert.equal((await server.db.knex('hybrid_provider_tokens').where({ user_id: user })).length, 1);
    assert.ok(keys.includes((await server.hybrid.tokens.open(user, 'openai'))!.accessToken));
  });

  test('a sealed token moved to another user does not open (the row is authenticated data)', async () => {
    const [alice, mallory] = [uniqueUser('alice'), uniqueUser('mallory')];
    await store(alice, { userId: alice, providerId: 'openai', tokenData: { accessToken: secretToken(), type: 'api' } });
    const row = await server.db.knex('hybrid_provider_tokens').where({ user_id: alice }).first();
    await server.db.knex('hybrid_provider_tokens').insert({ ...row, user_id: mallory });
    await assert.rejects(server.hybrid.tokens.open(mallory, 'openai'), /authenticate/);
  });

  test('400: a body without tokenData.accessToken, and a tokenData.providerId that differs', async () => {
    const user = uniqueUser();
    const missing = await store(user, { userId: user, providerId: 'openai', tokenData: { type: 'api' } });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.code, 'invalid_request');
    const mismatch = await store(user, { userId: user, providerId: 'openai', tokenData: { accessToken: 'sk-x', type: 'api', providerId: 'anthropic' } });
    assert.equal(mismatch.status, 400);
    assert.deepEqual(mismatch.body.details, { providerId: 'openai', tokenDataProviderId: 'anthropic' });
    assert.doesNotMatch(mismatch.text, /sk-x/);
  });

  test('400: an accessToken that cannot be sent as a header (line break, control character, above U+00FF) is refused and not stored', async () => {
    const user = uniqueUser();
    for (const accessToken of ['sk-line\nbreak', 'sk-cr\rlf', 'sk-tab\there', 'sk-nul\u0000x', 'sk-del\u007fx', 'sk-c1\u0085x', 'sk-euro-\u20ac', 'sk-emoji-\u{1F511}']) {
      const res = await store(user, { userId: user, providerId: 'openai', tokenData: { accessToken, type: 'api' } });
      assert.equal(res.status, 400, `${JSON.stringify(accessToken)}: ${res.text}`);
      assert.equal(res.body.code, 'invalid_request');
      assert.equal(res.body.details.errors[0].path, '/tokenData/accessToken');
      assert.ok(!res.text.includes(accessToken.slice(3)), 'the refused key is not echoed');
      assert.ok(res.headers['x-ratelimit-remaining'] !== undefined);
    }
    assert.equal((await server.db.knex('hybrid_provider_tokens').where({ user_id: user })).length, 0);
    // Printable ASCII and Latin-1 letters can be sent, so they are still stored.
    const ok = await store(user, { userId: user, providerId: 'openai', tokenData: { accessToken: 'sk-proj_AZaz09-._~+/=:é', type: 'api' } });
    assert.equal(ok.status, 200, ok.text);
  });

  test('400: an accessToken of spaces alone is refused and not stored; spaces inside a key are kept', async () => {
    const user = uniqueUser();
    for (const accessToken of [' ', '     ', '\u00a0', ' \u00a0 ']) {
      const res = await store(user, { userId: user, providerId: 'openai', tokenData: { accessToken, type: 'api' } });
      assert.equal(res.status, 400, `${JSON.stringify(accessToken)}: ${res.text}`);
      assert.equal(res.body.code, 'invalid_request');
      assert.equal(res.body.details.errors[0].path, '/tokenData/accessToken');
    }
    assert.equal((await server.db.knex('hybrid_provider_tokens').where({ user_id: user })).length, 0);
    // Without a stored key the provider's models are not offered to the user.
    const models = await server.http.get(`${base}/models`).set(await server.auth(user));
    assert.ok(models.body.every((m: { provider: string }) => m.provider === 'local'));
    const ok = await store(user, { userId: user, providerId: 'openai', tokenData: { accessToken: ' sk two parts ', type: 'api' } });
    assert.equal(ok.status, 200, ok.text);
  });

  test('400, not 500: a providerId over 255 characters; one of 255 is stored', async () => {
    const user = uniqueUser();
    const long = randomBytes(3000).toString('base64url').slice(0, 4000);
    for (const body of [
      { userId: user, providerId: long, tokenData: { accessToken: 'sk-long', type: 'api' } },
      { userId: user, providerId: 'openai', tokenData: { accessToken: 'sk-long', type: 'api', providerId: long } },
    ]) {
      const res = await store(user, body);
      assert.equal(res.status, 400, res.text);
      assert.equal(res.body.code, 'invalid_request');
      assert.match(res.body.details.errors[0].path, /providerId$/);
    }
    const longest = randomBytes(200).toString('base64url').slice(0, 255);
    const ok = await store(user, { userId: user, providerId: longest, tokenData: { accessToken: 'sk-longest', type: 'api' } });
    assert.equal(ok.status, 200, ok.text);
    assert.equal((await server.hybrid.tokens.open(user, longest))?.accessToken, 'sk-longest');
  });

  test('401: no bearer token', async () => {
    const res = await server.http.post(`${base}/tokens`).send({ userId: 'u', providerId: 'openai', tokenData: { accessToken: 'sk', type: 'api' } });
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'unauthorized');
  });

  test('403: a userId that is not the token subject stores nothing', async () => {
    const [user, other] = [uniqueUser(), uniqueUser()];
    const res = await store(user, { userId: other, providerId: 'openai', tokenData: { accessToken: 'sk-x', type: 'api' } });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'forbidden');
    assert.equal((await server.db.knex('hybrid_provider_tokens').where({ user_id: other })).length, 0);
  });
});

describe('deleteToken', () => {
  test('200: deletes the token, and deleting again is still 200', async () => {
    const user = uniqueUser();
    await store(user, { userId: user, providerId: 'openai', tokenData: { accessToken: secretToken(), type: 'api' } });
    for (let i = 0; i < 2; i++) {
      const res = await server.http.delete(`${base}/tokens`).query({ userId: user, providerId: 'openai' }).set(await server.auth(user));
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { status: 'success' });
    }
    assert.equal(await server.hybrid.tokens.open(user, 'openai'), undefined);
  });

  test('400: providerId missing', async () => {
    const user = uniqueUser();
    const res = await server.http.delete(`${base}/tokens`).query({ userId: user }).set(await server.auth(user));
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'invalid_request');
  });

  test('401: no bearer token', async () => {
    const res = await server.http.delete(`${base}/tokens`).query({ userId: 'u', providerId: 'openai' });
    assert.equal(res.status, 401);
  });

  test("403: another user's token cannot be deleted", async () => {
    const [owner, other] = [uniqueUser(), uniqueUser()];
    await store(owner, { userId: owner, providerId: 'openai', tokenData: { accessToken: secretToken(), type: 'api' } });
    const res = await server.http.delete(`${base}/tokens`).query({ userId: owner, providerId: 'openai' }).set(await server.auth(other));
    assert.equal(res.status, 403);
    assert.ok(await server.hybrid.tokens.open(owner, 'openai'));
  });
});

describe('key rotation', () => {
  test('rows sealed under the old key are re-encrypted under the new one and still open', async () => {
    const user = uniqueUser();
    const accessToken = secretToken();
    await store(user, { userId: user, providerId: 'openai', tokenData: { accessToken, type: 'api' } });
    const newKey = randomBytes(32).toString('hex');
    const rotated = new TokenStore(server.db.knex, new TokenCipher(newKey, [KEY]));
    const before = await server.db.knex('hybrid_provider_tokens').where({ user_id: user }).first();
    const outcome = await rotated.reencryptAll();
    assert.ok(outcome.reencrypted >= 1);
    const after = await server.db.knex('hybrid_provider_tokens').where({ user_id: user }).first();
    assert.notEqual(after.key_id, before.key_id);
    assert.equal(after.key_id, new TokenCipher(newKey).currentKeyId);
    assert.equal((await new TokenStore(server.db.knex, new TokenCipher(newKey)).open(user, 'openai'))?.accessToken, accessToken);
    await assert.rejects(server.hybrid.tokens.open(user, 'openai'), /TOKEN_ENCRYPTION_PREVIOUS_KEYS/);
    // The row copied to another user in an earlier test fails authentication: reported, left alone, not fatal.
    assert.ok(outcome.unreadable.some((r) => r.userId.startsWith('mallory')));
    await new TokenStore(server.db.knex, new TokenCipher(KEY, [newKey])).reencryptAll();
  });
});
