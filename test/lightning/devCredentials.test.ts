import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { lightningModule } from '../../src/apis/lightning/module.js';
import { startLightning, type LightningServer } from './support.js';

let server: LightningServer;
before(async () => {
  server = await startLightning();
});
after(() => server.close());

test('devCredentials: the macaroon of a session funded through the stub, accepted by the session operations', async () => {
  const headers = await lightningModule.devCredentials!(server.ln);
  const macaroon = headers.Authorization.replace(/^Bearer /, '');
  const session = await server.db.knex('ln_sessions').where({ macaroon }).first('id', 'state', 'balance_sats');
  assert.ok(session, 'the macaroon is a session of this server');
  assert.equal(session.state, 'active');
  const res = await server.http.post(`/api/sessions/${session.id}/request`).set(headers).send({ request: 'Say hello.' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
});
