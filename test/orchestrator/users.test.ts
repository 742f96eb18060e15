import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { schemaErrors } from '../support/spec-validator.js';
import type { TestServer } from '../support/test-server.js';
import { assertError, base, newUser, startOrchestrator } from './support.js';

let server: TestServer;
before(async () => {
  server = await startOrchestrator();
});
after(() => server.close());

describe('getCurrentUser', () => {
  test('200: the caller profile, with every field present', async () => {
    const user = await newUser(server, 'enterprise');
    const res = await server.http.get(`${base}/users/me`).set(user.headers);
    assert.equal(res.status, 200);
    assert.deepEqual(schemaErrors('orchestrator', 'User', res.body), []);
    assert.equal(res.body.email, user.email);
    assert.equal(res.body.subscription_tier, 'enterprise');
    assert.equal(res.body.email_verified, false);
  });

  test('401: a server-minted token whose subject is no user', async () => {
    assertError(await server.http.get(`${base}/users/me`).set(await server.auth(randomUUID())), 401, 'AUTHENTICATION_ERROR');
    assertError(await server.http.get(`${base}/users/me`).set(await server.auth('not-a-user-id')), 401, 'AUTHENTICATION_ERROR');
  });

  test('a server-minted token for a real user id is accepted (decision 23)', async () => {
    const user = await newUser(server);
    const res = await server.http.get(`${base}/users/me`).set(await server.auth(user.id));
    assert.equal(res.status, 200);
    assert.equal(res.body.id, user.id);
  });
});

describe('updateCurrentUser', () => {
  test('200: changes the names, returns the whole profile with a later updated_at', async () => {
    const user = await newUser(server);
    const before = await server.http.get(`${base}/users/me`).set(user.headers);
    const res = await server.http.put(`${base}/users/me`).set(user.headers).send({ first_name: 'Ada' });
    assert.equal(res.status, 200);
    assert.deepEqual(schemaErrors('orchestrator', 'User', res.body), []);
    assert.equal(res.body.first_name, 'Ada');
    assert.equal(res.body.last_name, 'User');
    assert.ok(res.body.updated_at >= before.body.updated_at);
  });

  test('400: an empty body, an unknown field, and an e-mail change are refused', async () => {
    const user = await newUser(server);
    assertError(await server.http.put(`${base}/users/me`).set(user.headers).send({}), 400, 'VALIDATION_ERROR');
    assertError(await server.http.put(`${base}/users/me`).set(user.headers).send({ email: 'x@example.com' }), 400, 'VALIDATION_ERROR');
    assertError(await server.http.put(`${base}/users/me`).set(user.headers).send({ first_name: '' }), 400, 'VALIDATION_ERROR');
  });

  test('401: without a token', async () => {
    assertError(await server.http.put(`${base}/users/me`).send({ first_name: 'X' }), 401, 'AUTHENTICATION_ERROR');
  });
});
