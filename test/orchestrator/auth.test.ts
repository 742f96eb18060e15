import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decodeJwt } from 'jose';
import { schemaErrors } from '../support/spec-validator.js';
import type { TestServer } from '../support/test-server.js';
import { assertError, base, newUser, servicesOf, startOrchestrator } from './support.js';

let server: TestServer;
before(async () => {
  server = await startOrchestrator();
});
after(() => server.close());

describe('login', () => {
  test('200: tokens of 3600 s, a Bearer type and the whole user; the e-mail is case-insensitive', async () => {
    const user = await newUser(server, 'pro');
    const res = await server.http.post(`${base}/auth/login`).send({ email: user.email.toUpperCase(), password: user.password });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(schemaErrors('orchestrator', 'LoginResponse', res.body), []);
    assert.equal(res.body.expires_in, 3600);
    assert.equal(res.body.token_type, 'Bearer');
    assert.equal(res.body.user.id, user.id);
    assert.equal(res.body.user.subscription_tier, 'pro');
    assert.notEqual(res.body.user.last_login_at, null);
    const claims = decodeJwt(res.body.access_token);
    assert.equal(claims.sub, user.id);
    assert.equal(claims.exp! - claims.iat!, 3600);
    assert.match(res.body.refresh_token, /^[A-Za-z0-9_-]{43}$/, 'an opaque random token, not a JWT');
    assert.ok(res.headers['x-ratelimit-limit'], 'login reports its limits');
  });

  test('the refresh token is stored only as a hash; the password only as an argon2id hash', async () => {
    const user = await newUser(server);
    const knex = server.db.knex;
    const sessions = await knex('orch_sessions').where({ user_id: user.id });
    assert.equal(sessions.length, 1);
    assert.notEqual(sessions[0].refresh_hash, user.refreshToken);
    assert.equal(JSON.stringify(sessions).includes(user.refreshToken), false);
    const row = await knex('orch_users').where({ id: user.id }).first();
    assert.match(row.password_hash, /^\$argon2id\$/);
  });

  test('401: a wrong password and an unknown e-mail get the same answer', async () => {
    const user = await newUser(server);
    const wrongPassword = await server.http.post(`${base}/auth/login`).send({ email: user.email, password: 'not-the-password' });
    const unknownEmail = await server.http.post(`${base}/auth/login`).send({ email: `nobody-${user.id}@example.com`, password: user.password });
    assertError(wrongPassword, 401, 'AUTHENTICATION_ERROR');
    assertError(unknownEmail, 401, 'AUTHENTICATION_ERROR');
    assert.equal(wrongPassword.body.error.message, unknownEmail.body.error.message);
    assert.equal(wrongPassword.headers['www-authenticate'], 'Bearer');
    assert.equal(unknownEmail.headers['www-authenticate'], 'Bearer');
  });

  test('an unknown e-mail costs an argon2 verification too (the decoy hash), so timing does not tell accounts apart', async () => {
    const passwords = (servicesOf(server).accounts as unknown as { passwords: { verifyOrWaste: (h: string | undefined, p: string) => Promise<boolean> } }).passwords;
    const calls: (string | undefined)[] = [];
    const original = passwords.verifyOrWaste.bind(passwords);
    passwords.verifyOrWaste = async (hash, password) => {
      calls.push(hash);
      return original(hash, password);
    };
    try {
      await server.http.post(`${base}/auth/login`).send({ email: 'ghost@example.com', password: 'whatever-it-is' });
      assert.deepEqual(calls, [undefined], 'the same verification step runs without an account');
    } finally {
      passwords.verifyOrWaste = original;
    }
  });

  test('400: a missing password names the field, in the seed\'s words', async () => {
    const res = await server.http.post(`${base}/auth/login`).send({ email: 'a@example.com' });
    assertError(res, 400, 'VALIDATION_ERROR');
    assert.equal(res.body.error.message, 'Invalid request data');
    assert.deepEqual(res.body.error.details, [{ field: 'password', message: 'Password is required' }]);
  });

  test('400: a body that is not JSON is "Malformed JSON in request body", with the parse error as its detail', async () => {
    const res = await server.http.post(`${base}/auth/login`).set('Content-Type', 'application/json').send('{"email":');
    assertError(res, 400, 'VALIDATION_ERROR');
    assert.equal(res.body.error.message, 'Malformed JSON in request body');
    assert.equal(res.body.error.details.length, 1);
    assert.match(res.body.error.details[0].message, /JSON/);
  });
});

describe('login rate limits', () => {
  let limited: TestServer;
  before(async () => {
    limited = await startOrchestrator({ ORCHESTRATOR_LOGIN_ACCOUNT_LIMIT: '3' });
  });
  after(() => limited.close());

  test('429: the fourth attempt on one account within the window, with Retry-After; another account is not affected', async () => {
    const user = await newUser(limited);
    const other = await newUser(limited);
    // newUser logged in once already (through the service, which counts the account too).
    for (let i = 0; i < 2; i++) {
      const res = await limited.http.post(`${base}/auth/login`).send({ email: user.email, password: 'wrong-password' });
      assert.equal(res.status, 401);
    }
    const blocked = await limited.http.post(`${base}/auth/login`).send({ email: user.email, password: user.password });
    assertError(blocked, 429, 'RATE_LIMIT_EXCEEDED');
    assert.ok(Number(blocked.headers['retry-after']) > 0);
    const fine = await limited.http.post(`${base}/auth/login`).send({ email: other.email, password: other.password });
    assert.equal(fine.status, 200);
  });

  test('429: an unknown address is limited exactly like a known one', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await limited.http.post(`${base}/auth/login`).send({ email: `ghost-${process.pid}@example.com`, password: 'x' })).status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 429]);
  });
});

describe('login per client address', () => {
  let limited: TestServer;
  before(async () => {
    limited = await startOrchestrator({ ORCHESTRATOR_LOGIN_IP_LIMIT_PER_MINUTE: '2' });
  });
  after(() => limited.close());

  test('429: more attempts from one address than its limit, whatever the accounts', async () => {
    let res;
    // On a shared Postgres other test files count against 127.0.0.1 too, so the limit may be reached sooner.
    for (let i = 0; i < 3; i++) res = await limited.http.post(`${base}/auth/login`).send({ email: `ip-${i}@example.com`, password: 'x' });
    assertError(res!, 429, 'RATE_LIMIT_EXCEEDED');
    assert.equal(res!.headers['x-ratelimit-limit'], '2');
    assert.ok(Number(res!.headers['retry-after']) > 0);
  });
});

describe('refreshToken', () => {
  test('200: a new access token of the same session, which works', async () => {
    const user = await newUser(server);
    const res = await server.http.post(`${base}/auth/refresh`).send({ refresh_token: user.refreshToken });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(schemaErrors('orchestrator', 'RefreshResponse', res.body), []);
    assert.equal(res.body.expires_in, 3600);
    assert.equal(decodeJwt(res.body.access_token).sid, decodeJwt(user.accessToken).sid);
    const me = await server.http.get(`${base}/users/me`).set({ Authorization: `Bearer ${res.body.access_token}` });
    assert.equal(me.status, 200);
    assert.equal(me.body.id, user.id);
  });

  test('401: an unknown refresh token, and an access token used as one', async () => {
    const user = await newUser(server);
    assertError(await server.http.post(`${base}/auth/refresh`).send({ refresh_token: 'made-up' }), 401, 'AUTHENTICATION_ERROR');
    assertError(await server.http.post(`${base}/auth/refresh`).send({ refresh_token: user.accessToken }), 401, 'AUTHENTICATION_ERROR');
  });

  test('401: an expired refresh token', async () => {
    const user = await newUser(server);
    await server.db.knex('orch_sessions').where({ user_id: user.id }).update({ refresh_expires_at: new Date(Date.now() - 1000) });
    assertError(await server.http.post(`${base}/auth/refresh`).send({ refresh_token: user.refreshToken }), 401, 'AUTHENTICATION_ERROR');
  });

  test('400: no refresh_token', async () => {
    assertError(await server.http.post(`${base}/auth/refresh`).send({}), 400, 'VALIDATION_ERROR');
  });
});

describe('logout', () => {
  test('200: afterwards the access token and the refresh token are both 401, and other sessions still work', async () => {
    const user = await newUser(server);
    const second = await servicesOf(server).accounts.login(user.email, user.password);
    const res = await server.http.post(`${base}/auth/logout`).set(user.headers);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body, { message: 'Successfully logged out' });
    assertError(await server.http.get(`${base}/users/me`).set(user.headers), 401, 'AUTHENTICATION_ERROR');
    assertError(await server.http.post(`${base}/auth/logout`).set(user.headers), 401, 'AUTHENTICATION_ERROR');
    assertError(await server.http.post(`${base}/auth/refresh`).send({ refresh_token: user.refreshToken }), 401, 'AUTHENTICATION_ERROR');
    const other = await server.http.get(`${base}/users/me`).set({ Authorization: `Bearer ${second.access_token}` });
    assert.equal(other.status, 200);
  });

  test('an access token refreshed before logout dies with its session', async () => {
    const user = await newUser(server);
    const refreshed = await server.http.post(`${base}/auth/refresh`).send({ refresh_token: user.refreshToken });
    await server.http.post(`${base}/auth/logout`).set(user.headers);
    assertError(await server.http.get(`${base}/users/me`).set({ Authorization: `Bearer ${refreshed.body.access_token}` }), 401, 'AUTHENTICATION_ERROR');
  });

  test('logouts raced with one session: one 200, the others the 401 of a revoked token', async () => {
    const user = await newUser(server);
    const accounts = servicesOf(server).accounts;
    const original = accounts.logout;
    // Every request passes authentication before any of them revokes: the race the check alone cannot close.
    let arrived = 0;
    let release!: () => void;
    const all = new Promise<void>((resolve) => (release = resolve));
    accounts.logout = async function (this: typeof accounts, ...args: Parameters<typeof original>) {
      if (++arrived === 4) release();
      await all;
      return original.apply(this, args);
    };
    try {
      const res = await Promise.all(Array.from({ length: 4 }, () => server.http.post(`${base}/auth/logout`).set(user.headers)));
      assert.deepEqual(res.map((r) => r.status).sort(), [200, 401, 401, 401]);
      for (const r of res.filter((x) => x.status === 401)) assertError(r, 401, 'AUTHENTICATION_ERROR');
    } finally {
      accounts.logout = original;
    }
  });

  test('500, not 401: the session check failing (the database busy under load) is the server\'s fault', async () => {
    const user = await newUser(server);
    const accounts = servicesOf(server).accounts;
    const original = accounts.sessionActive;
    accounts.sessionActive = async () => {
      accounts.sessionActive = original;
      throw new Error('Knex: Timeout acquiring a connection. The pool is probably full.');
    };
    const res = await server.http.get(`${base}/users/me`).set(user.headers);
    assertError(res, 500, 'INTERNAL_ERROR');
    assert.doesNotMatch(res.text, /Knex/);
    assert.equal((await server.http.get(`${base}/users/me`).set(user.headers)).status, 200, 'the session itself is fine');
  });

  test('401: without a token, and with a forged one', async () => {
    assertError(await server.http.post(`${base}/auth/logout`), 401, 'AUTHENTICATION_ERROR');
    const res = await server.http.post(`${base}/auth/logout`).set({ Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' });
    assertError(res, 401, 'AUTHENTICATION_ERROR');
    assert.equal(res.headers['www-authenticate'], 'Bearer');
  });
});
