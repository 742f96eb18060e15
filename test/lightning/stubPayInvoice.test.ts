import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { schemaErrors } from '../support/spec-validator.js';
import { createJob, failOnce, pay, startLightning, type LightningServer } from './support.js';

let server: LightningServer;
before(async () => {
  server = await startLightning();
});
after(() => server.close());

describe('stubPayInvoice', () => {
  test('200: settles a stub invoice, persisted; paying twice is harmless', async () => {
    const { evalInvoice } = await createJob(server);
    const res = await server.http.post(`/api/dev/stub/pay/${evalInvoice.paymentHash}`).set('Content-Type', 'application/json');
    assert.equal(res.status, 200);
    assert.deepEqual(schemaErrors('lightning', 'StubPayResponse', res.body), []);
    assert.deepEqual(res.body, { ok: true, paymentHash: evalInvoice.paymentHash });
    assert.equal(await server.ln.backend.isPaid(evalInvoice.paymentHash), true);
    assert.equal((await server.http.post(`/api/dev/stub/pay/${evalInvoice.paymentHash}`)).status, 200);
  });

  test('409: an unpaid invoice past its expiry is refused, as a node refuses it; one paid before it expired stays paid', async () => {
    const unpaid = await createJob(server);
    const paidInTime = await createJob(server);
    await pay(server, paidInTime.evalInvoice.paymentHash);
    const hashes = [unpaid.evalInvoice.paymentHash, paidInTime.evalInvoice.paymentHash];
    await server.ln.knex('ln_stub_invoices').whereIn('payment_hash', hashes).update({ expires_at: new Date(Date.now() - 1000) });
    const res = await server.http.post(`/api/dev/stub/pay/${unpaid.evalInvoice.paymentHash}`);
    assert.deepEqual([res.status, res.body], [409, { error: 'Invoice has expired' }]);
    assert.equal(await server.ln.backend.isPaid(unpaid.evalInvoice.paymentHash), false);
    assert.equal((await server.http.post(`/api/dev/stub/pay/${paidInTime.evalInvoice.paymentHash}`)).status, 200);
  });

  test('404: an unknown payment hash', async () => {
    const res = await server.http.post(`/api/dev/stub/pay/${'ab'.repeat(32)}`);
    assert.deepEqual([res.status, res.body], [404, { error: 'Invoice not found' }]);
  });

  test('400: a NUL byte in the hash', async () => {
    assert.equal((await server.http.post('/api/dev/stub/pay/%00')).status, 400);
  });

  test('500: an unexpected failure', async () => {
    failOnce(server.ln.stub!, 'markPaid');
    assert.equal((await server.http.post('/api/dev/stub/pay/abc')).status, 500);
  });
});

describe('stubPayInvoice does not exist beside a real backend or in production', () => {
  const envs: Record<string, string>[] = [{ NODE_ENV: 'production' }, { LNBITS_URL: 'http://127.0.0.1:9', LNBITS_API_KEY: 'k' }];
  for (const env of envs) {
    test(`404 like an unknown route with ${Object.keys(env)[0]}`, async () => {
      const other = await startLightning(env);
      try {
        const res = await other.http.post(`/api/dev/stub/pay/${'ab'.repeat(32)}`);
        assert.equal(res.status, 404);
        assert.match(res.body.error, /^No route for POST/);
        if ('LNBITS_URL' in env) assert.equal(other.ln.stub, undefined);
      } finally {
        await other.close();
      }
    });
  }
});
