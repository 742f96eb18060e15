import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { schemaErrors } from '../support/spec-validator.js';
import { LightningError } from '../../src/services/lightning/lightning-backend.js';
import { completedJob, createJob, decodeBolt11, failOnce, startLightning, walletInvoice, type LightningServer } from './support.js';

let server: LightningServer;
before(async () => {
  server = await startLightning();
});
after(() => server.close());

const claim = (jobId: string, invoice: unknown) => server.http.post(`/api/jobs/${jobId}/refund`).send({ invoice });

describe('claimRefund', () => {
  test('200: pays an invoice for exactly the refund once; the ledger then says paid', async () => {
    const { jobId, job } = await completedJob(server);
    const owed = job.costLedger.refundAmountSats;
    const invoice = walletInvoice({ amountSats: owed });
    const res = await claim(jobId, invoice);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(schemaErrors('lightning', 'ClaimRefundResponse', res.body), []);
    assert.equal(res.body.refundAmountSats, owed);
    assert.equal(res.body.message, `Refund of ${owed} sats sent`);
    assert.equal(await server.ln.stub!.paymentsTo(res.body.paymentHash), 1);
    const after = await server.http.get(`/api/jobs/${jobId}`);
    assert.equal(after.body.costLedger.refundState, 'paid');
  });

  test('409: already paid, not complete, or nothing owed', async () => {
    const { jobId, job } = await completedJob(server);
    assert.equal((await claim(jobId, walletInvoice({ amountSats: job.costLedger.refundAmountSats }))).status, 200);
    const again = await claim(jobId, walletInvoice({ amountSats: job.costLedger.refundAmountSats }));
    assert.equal(again.status, 409);
    assert.deepEqual(again.body, { error: 'Refund already paid' });

    const pending = await createJob(server);
    const notComplete = await claim(pending.jobId, walletInvoice({ amountSats: 5 }));
    assert.equal(notComplete.status, 409);
    assert.deepEqual(notComplete.body, { error: 'Job is not complete' });

    const exact = await completedJob(server);
    await server.ln.knex('ln_jobs').where({ id: exact.jobId }).update({ refund_amount_sats: 0, refund_state: 'not_applicable' });
    const none = await claim(exact.jobId, walletInvoice({ amountSats: 1 }));
    assert.equal(none.status, 409);
    assert.deepEqual(none.body, { error: 'No refund owed for this job' });
  });

  test('400: a wrong amount, an expired invoice, another network, garbage, a missing invoice', async () => {
    const { jobId, job } = await completedJob(server);
    const owed = job.costLedger.refundAmountSats;
    const wrong = await claim(jobId, walletInvoice({ amountSats: owed + 1 }));
    assert.equal(wrong.status, 400);
    assert.deepEqual(wrong.body, { error: `Invoice amount must be exactly ${owed} sats` });
    const expired = await claim(jobId, walletInvoice({ amountSats: owed, expirySeconds: 60, now: new Date(Date.now() - 3_600_000) }));
    assert.deepEqual([expired.status, expired.body], [400, { error: 'Invoice has expired' }]);
    const mainnet = await claim(jobId, walletInvoice({ amountSats: owed, network: 'bitcoin' }));
    assert.deepEqual([mainnet.status, mainnet.body], [400, { error: 'Invoice is not for the regtest network' }]);
    const garbage = await claim(jobId, 'lnbcrt1notaninvoice');
    assert.deepEqual([garbage.status, garbage.body], [400, { error: 'Invalid BOLT11 invoice' }]);
    const missing = await server.http.post(`/api/jobs/${jobId}/refund`).send({});
    assert.deepEqual([missing.status, missing.body], [400, { error: 'invoice is required' }]);
    const malformed = await server.http.post(`/api/jobs/${jobId}/refund`).set('Content-Type', 'application/json').send('{');
    assert.deepEqual([malformed.status, malformed.body], [400, { error: 'Malformed JSON in request body' }]);
    // Nothing was paid: the refund is still there to claim.
    assert.equal((await claim(jobId, walletInvoice({ amountSats: owed }))).status, 200);
  });

  test('400: an invoice dated in the future (100 years, or beyond the 10 minutes a fast wallet clock may be) is refused before the job; one a few minutes ahead is paid', async () => {
    const { jobId, job } = await completedJob(server);
    const owed = job.costLedger.refundAmountSats;
    const pending = await createJob(server);
    const century = new Date(Date.now() + 100 * 365 * 86_400_000);
    for (const [id, now] of [[jobId, century], [jobId, new Date(Date.now() + 20 * 60_000)], [pending.jobId, century]] as const) {
      const res = await claim(id, walletInvoice({ amountSats: owed, now }));
      assert.deepEqual([res.status, res.body], [400, { error: 'Invoice timestamp is in the future' }], now.toISOString());
    }
    assert.equal((await server.http.get(`/api/jobs/${jobId}`)).body.costLedger.refundState, 'pending', 'nothing was paid');
    const skewed = await claim(jobId, walletInvoice({ amountSats: owed, now: new Date(Date.now() + 3 * 60_000) }));
    assert.equal(skewed.status, 200, JSON.stringify(skewed.body));
  });

  test('400: an invoice in mixed case is not BOLT11 (a node refuses it) and nothing is paid; one all in upper case, as a QR code holds it, is paid', async () => {
    const { jobId, job } = await completedJob(server);
    const owed = job.costLedger.refundAmountSats;
    const invoice = walletInvoice({ amountSats: owed });
    const mixed = invoice.slice(0, 20) + invoice.slice(20).toUpperCase();
    const res = await claim(jobId, mixed);
    assert.deepEqual([res.status, res.body], [400, { error: 'Invalid BOLT11 invoice' }]);
    assert.equal((await server.http.get(`/api/jobs/${jobId}`)).body.costLedger.refundState, 'pending', 'nothing was paid');
    const upper = await claim(jobId, invoice.toUpperCase());
    assert.equal(upper.status, 200, JSON.stringify(upper.body));
  });

  test('400: an empty or whitespace invoice must not be empty (it was "Invalid BOLT11 invoice")', async () => {
    const { jobId } = await completedJob(server);
    for (const invoice of ['', '   ', '\n\t']) {
      const res = await claim(jobId, invoice);
      assert.deepEqual([res.status, res.body], [400, { error: 'invoice must not be empty' }], JSON.stringify(invoice));
    }
    assert.equal((await server.http.get(`/api/jobs/${jobId}`)).body.costLedger.refundState, 'pending');
  });

  test('400, not 409: a malformed, foreign-network or expired invoice is bad input whatever the claim\'s state (paid, not complete, nothing owed)', async () => {
    const paid = await completedJob(server);
    assert.equal((await claim(paid.jobId, walletInvoice({ amountSats: paid.job.costLedger.refundAmountSats }))).status, 200);
    const pending = await createJob(server);
    const exact = await completedJob(server);
    await server.ln.knex('ln_jobs').where({ id: exact.jobId }).update({ refund_amount_sats: 0, refund_state: 'not_applicable' });
    const bad: [string, string][] = [
      ['lnbcrt1notaninvoice', 'Invalid BOLT11 invoice'],
      [walletInvoice({ amountSats: 5, network: 'bitcoin' }), 'Invoice is not for the regtest network'],
      [walletInvoice({ amountSats: 5, expirySeconds: 60, now: new Date(Date.now() - 3_600_000) }), 'Invoice has expired'],
    ];
    for (const jobId of [paid.jobId, pending.jobId, exact.jobId]) {
      for (const [invoice, error] of bad) {
        const res = await claim(jobId, invoice);
        assert.deepEqual([res.status, res.body], [400, { error }], `${jobId} ${invoice}`);
      }
    }
  });

  test('400: an invoice already paid a refund, for this job or another, is refused before any payment; the refund stays claimable', async () => {
    const a = await completedJob(server);
    const b = await completedJob(server);
    const owed = a.job.costLedger.refundAmountSats;
    assert.equal(owed, b.job.costLedger.refundAmountSats, 'the same request costs the same');
    const invoice = walletInvoice({ amountSats: owed });
    assert.equal((await claim(a.jobId, invoice)).status, 200);
    const replay = await claim(b.jobId, `  ${invoice}  `);
    assert.deepEqual([replay.status, replay.body], [400, { error: 'Invoice was already used for a refund; send a fresh invoice' }]);
    const ledger = (await server.http.get(`/api/jobs/${b.jobId}`)).body.costLedger;
    assert.deepEqual([ledger.refundState, ledger.refundError], ['pending', undefined]);
    assert.equal((await claim(b.jobId, walletInvoice({ amountSats: owed }))).status, 200);
  });

  test('404: an unknown job', async () => {
    const res = await claim('no-such-job', walletInvoice({ amountSats: 3 }));
    assert.deepEqual([res.status, res.body], [404, { error: 'Job not found' }]);
  });

  test('413 and 415', async () => {
    assert.equal((await server.http.post('/api/jobs/x/refund').send({ invoice: 'x'.repeat(1_100_000) })).status, 413);
    assert.equal((await server.http.post('/api/jobs/x/refund').set('Content-Type', 'text/plain').send('x')).status, 415);
  });

  test('500: a payment the backend refuses leaves the refund claimable; one whose outcome is unknown keeps it claimed', async () => {
    const { jobId, job } = await completedJob(server);
    const owed = job.costLedger.refundAmountSats;
    failOnce(server.ln.backend, 'payInvoice', new LightningError('no route', true));
    const refused = await claim(jobId, walletInvoice({ amountSats: owed }));
    assert.deepEqual([refused.status, refused.body], [500, { error: 'Lightning payment failed: no route' }]);
    const ledger = (await server.http.get(`/api/jobs/${jobId}`)).body.costLedger;
    assert.deepEqual([ledger.refundState, ledger.refundError], ['pending', 'Lightning payment failed: no route']);

    failOnce(server.ln.backend, 'payInvoice', new LightningError('LNbits answered 502'));
    const unknown = await claim(jobId, walletInvoice({ amountSats: owed }));
    assert.equal(unknown.status, 500);
    const blocked = await claim(jobId, walletInvoice({ amountSats: owed }));
    assert.deepEqual([blocked.status, blocked.body], [409, { error: 'A refund payment for this job is already in progress' }]);
    assert.equal((await server.http.get(`/api/jobs/${jobId}`)).body.costLedger.refundState, 'pending');
  });

  test('20 concurrent claims pay exactly once', async () => {
    const { jobId, job } = await completedJob(server);
    const owed = job.costLedger.refundAmountSats;
    const invoices = Array.from({ length: 20 }, () => walletInvoice({ amountSats: owed }));
    const results = await Promise.all(invoices.map((invoice) => claim(jobId, invoice)));
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, ...Array(19).fill(409)]);
    const [{ count }] = await server.ln.knex('ln_stub_payments').whereIn('payment_request', invoices).count({ count: '*' });
    assert.equal(Number(count), 1);
  });

  test('409, not 400: a claim of the same invoice that loses the race to its twin (a client retrying) is told the refund is taken', async () => {
    const { jobId, job } = await completedJob(server);
    const owed = job.costLedger.refundAmountSats;
    const invoice = walletInvoice({ amountSats: owed });
    const paymentHash = decodeBolt11(invoice).tagsObject.payment_hash;
    const jobs = server.ln.jobs as unknown as { find: (id: string) => Promise<unknown> };
    const { find } = jobs;
    // This claim reads `pending`; its twin, sent with the same invoice, then takes the refund.
    jobs.find = async function (this: unknown, id: string) {
      const row = await find.call(this, id);
      await server.ln.knex('ln_jobs').where({ id: jobId }).update({ refund_state: 'claiming', refund_payment_hash: paymentHash });
      return row;
    };
    try {
      const res = await claim(jobId, invoice);
      assert.deepEqual([res.status, res.body], [409, { error: 'A refund payment for this job is already in progress' }]);
    } finally {
      jobs.find = find;
    }
    const [{ count }] = await server.ln.knex('ln_stub_payments').where({ payment_request: invoice }).count({ count: '*' });
    assert.equal(Number(count), 0, 'this claim paid nothing');
  });

  test('20 concurrent claims of one invoice: one 200, the rest 409', async () => {
    const { jobId, job } = await completedJob(server);
    const invoice = walletInvoice({ amountSats: job.costLedger.refundAmountSats });
    const results = await Promise.all(Array.from({ length: 20 }, () => claim(jobId, invoice)));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, ...Array(19).fill(409)], JSON.stringify(results.map((r) => r.body)));
    const [{ count }] = await server.ln.knex('ln_stub_payments').where({ payment_request: invoice }).count({ count: '*' });
    assert.equal(Number(count), 1);
  });

  test('409: a claim that lost the refund to another, which was then refused and gave it back, does not pay (it paid without holding the claim)', async () => {
    const { jobId, job } = await completedJob(server);
    const owed = job.costLedger.refundAmountSats;
    const jobs = server.ln.jobs as unknown as { find: (id: string) => Promise<unknown> };
    const { find } = jobs;
    const refund = (state: string) => server.ln.knex('ln_jobs').where({ id: jobId }).update({ refund_state: state });
    let reads = 0;
    // This claim reads `pending`; another claim then takes the refund (so this one's guarded update misses), is
    // refused by the backend and gives it back, so this one's second read says `pending` again.
    jobs.find = async function (this: unknown, id: string) {
      reads += 1;
      if (reads === 2) await refund('pending');
      const row = await find.call(this, id);
      if (reads === 1) await refund('claiming');
      return row;
    };
    const invoice = walletInvoice({ amountSats: owed });
    try {
      const res = await claim(jobId, invoice);
      assert.equal(res.status, 409, JSON.stringify(res.body));
      assert.deepEqual(res.body, { error: 'Another refund payment for this job was just refused; claim again' });
    } finally {
      jobs.find = find;
    }
    assert.equal(reads, 2);
    const [{ count }] = await server.ln.knex('ln_stub_payments').where({ payment_request: invoice }).count({ count: '*' });
    assert.equal(Number(count), 0, 'nothing was paid');
    assert.equal((await claim(jobId, walletInvoice({ amountSats: owed }))).status, 200, 'the refund is still owed, and claimed once');
  });
});
