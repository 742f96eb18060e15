import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { orchestratorModule } from '../../src/apis/orchestrator/module.js';
import type { TestServer } from '../support/test-server.js';
import { base, servicesOf, startOrchestrator } from './support.js';

let server: TestServer;
before(async () => {
  server = await startOrchestrator();
});
after(() => server.close());

test('devCredentials: a session of one tool user; after a logout the next call opens another for the same user', async () => {
  const first = await orchestratorModule.devCredentials!(servicesOf(server));
  const me = await server.http.get(`${base}/users/me`).set(first);
  assert.equal(me.status, 200, me.text);
  assert.match(me.body.id, /^[0-9a-f-]{36}$/);
  const logout = await server.http.post(`${base}/auth/logout`).set(first);
  assert.equal(logout.status, 200, logout.text);
  assert.equal((await server.http.get(`${base}/users/me`).set(first)).status, 401);

  const second = await orchestratorModule.devCredentials!(servicesOf(server));
  const again = await server.http.get(`${base}/users/me`).set(second);
  assert.equal(again.status, 200, again.text);
  assert.equal(again.body.id, me.body.id, 'what the tool made before the logout is still its own');
});
