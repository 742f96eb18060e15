import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LightningError } from '../../src/services/lightning/lightning-backend.js';
import { LnbitsBackend } from '../../src/services/lightning/lnbits-backend.js';
import { schemaErrors } from '../support/spec-validator.js';
import { waitFor } from '../support/wait.js';
import { FakeLnbits } from './fake-lnbits.js';
import { startLightning, walletInvoice, type LightningServer } from './support.js';

const lnbits = new FakeLnbits();
let url: string;
let server: LightningServer;
before(async () => {
  url = await lnbits.start();
  server = await startLightning({ LNBITS_URL: url, LNBITS_API_KEY: lnbits.apiKey, LNBITS_TIMEOUT_MS: '5000' });
});
after(async () => {
  await server.close();
  await lnbits.stop();
});

// Generous timeouts where the fake answers (a loaded machine is slow); a short one only where it never answers.
const backend = (timeoutMs = 10_000) => new LnbitsBackend({ url, apiKey: lnbits.apiKey, timeoutMs });

/** A job paid through LNbits (eval, then work) and complete: its id and its status body. */
async function completedJob(request: string): Promise<{ jobId: string; done: any }> {
  const jobId: string = (await server.http.post('/api/jobs').send({ request })).body.jobId;
  lnbits.paid.add((await server.ln.jobs.find(jobId)).eval_payment_hash);
  await waitFor(async () => ((await server.http.get(`/api/jobs/${jobId}`)).body.state === 'awaiting_work_payment' ? true : undefined));
  lnbits.paid.add((await server.ln.jobs.find(jobId)).work_payment_hash);
  const done = await waitFor(async () => {
    const res = await server.http.get(`/api/jobs/${jobId}`);
    return res.body.state === 'complete' ? res.body : undefined;
  });
  return { jobId, done };
}

async function rejects(promise: Promise<unknown>, message: RegExp, definite: boolean) {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof LightningError);
    assert.match(err.message, message);
    assert.equal(err.definite, definite);
    return true;
  });
}

describe('LNbits backend (against a local server speaking its wire format)', () => {
  test('creates an invoice and learns when it is paid', async () => {
    const invoice = await backend().createInvoice({ amountSats: 21, memo: 'test' });
    assert.match(invoice.paymentRequest, /^lnbc210n1/);
    assert.equal(await backend().isPaid(invoice.paymentHash), false);
    lnbits.paid.add(invoice.paymentHash);
    assert.equal(await backend().isPaid(invoice.paymentHash), true);
  });

  test('pays: success, a legacy answer checked afterwards, a payment that stays pending', async () => {
    lnbits.outgoingMode = 'success';
    assert.equal((await backend().payInvoice('lnbc1a')).status, 'paid');
    lnbits.outgoingMode = 'legacy-paid';
    assert.equal((await backend().payInvoice('lnbc1b')).status, 'paid');
    lnbits.outgoingMode = 'pending';
    assert.equal((await backend().payInvoice('lnbc1c')).status, 'pending');
  });

  test('failures: refused and failed are definite; a 5xx, a timeout and a wrong key are not paid', async () => {
    lnbits.outgoingMode = 'failed';
    await rejects(backend().payInvoice('lnbc1d'), /payment failed/, true);
    lnbits.outgoingMode = 'refuse-400';
    await rejects(backend().payInvoice('lnbc1e'), /LNbits answered 400: Insufficient balance\./, true);
    lnbits.outgoingMode = 'error-500';
    await rejects(backend().payInvoice('lnbc1f'), /LNbits answered 500/, false);
    lnbits.outgoingMode = 'hang';
    await rejects(backend(100).payInvoice('lnbc1g'), /did not answer within 100 ms/, false);
    await rejects(new LnbitsBackend({ url, apiKey: 'wrong', timeoutMs: 10_000 }).isPaid('00'), /LNbits answered 401/, true);
    await rejects(new LnbitsBackend({ url: 'http://127.0.0.1:9', apiKey: 'k', timeoutMs: 10_000 }).isPaid('00'), /unreachable/, false);
    lnbits.outgoingMode = 'success';
  });

  test('a job runs end to end on LNbits: no paymentHash is shown, payments are seen through the wallet', async () => {
    const created = await server.http.post('/api/jobs').send({ request: 'Explain onion routing.' });
    assert.equal(created.status, 201);
    assert.equal(created.body.evalInvoice.paymentHash, undefined);
    const job = await server.ln.jobs.find(created.body.jobId);
    lnbits.paid.add(job.eval_payment_hash);
    const quoted = await waitFor(async () => {
      const res = await server.http.get(`/api/jobs/${job.id}`);
      return res.body.state === 'awaiting_work_payment' ? res.body : undefined;
    });
    assert.equal(quoted.workInvoice.paymentHash, undefined);
    lnbits.paid.add((await server.ln.jobs.find(job.id)).work_payment_hash);
    const done = await waitFor(async () => {
      const res = await server.http.get(`/api/jobs/${job.id}`);
      return res.body.state === 'complete' ? res.body : undefined;
    });
    const owed = done.costLedger.refundAmountSats;
    const refund = await server.http.post(`/api/jobs/${job.id}/refund`).send({ invoice: walletInvoice({ amountSats: owed, network: 'bitcoin' }) });
    assert.equal(refund.status, 200, JSON.stringify(refund.body));
    assert.equal(lnbits.outgoing.at(-1)!.bolt11.startsWith('lnbc'), true);
  });

  test('a refund payment LNbits left pending shows paid once LNbits reports it settled, and is not paid again', async () => {
    const { jobId, done } = await completedJob('Explain channel capacity.');
    const invoice = walletInvoice({ amountSats: done.costLedger.refundAmountSats, network: 'bitcoin' });
    const claim = () => server.http.post(`/api/jobs/${jobId}/refund`).send({ invoice });
    lnbits.outgoingMode = 'pending';
    try {
      assert.equal((await claim()).status, 500);
    } finally {
      lnbits.outgoingMode = 'success';
    }
    const inFlight = await claim();
    assert.deepEqual([inFlight.status, inFlight.body], [409, { error: 'A refund payment for this job is already in progress' }]);
    assert.equal((await server.http.get(`/api/jobs/${jobId}`)).body.costLedger.refundState, 'pending');

    lnbits.paid.add((await server.ln.jobs.find(jobId)).refund_payment_hash);
    assert.equal((await server.http.get(`/api/jobs/${jobId}`)).body.costLedger.refundState, 'paid');
    const again = await claim();
    assert.deepEqual([again.status, again.body], [409, { error: 'Refund already paid' }]);
    assert.equal(lnbits.outgoing.filter((p) => p.bolt11 === invoice).length, 1);
  });

  test('a refund payment LNbits left pending and then reports failed is released: claimable again with a fresh invoice, refundError says why', async () => {
    const { jobId, done } = await completedJob('Explain HTLCs.');
    const owed = done.costLedger.refundAmountSats;
    const first = walletInvoice({ amountSats: owed, network: 'bitcoin' });
    lnbits.outgoingMode = 'pending';
    try {
      assert.equal((await server.http.post(`/api/jobs/${jobId}/refund`).send({ invoice: first })).status, 500);
    } finally {
      lnbits.outgoingMode = 'success';
    }
    assert.equal((await server.http.post(`/api/jobs/${jobId}/refund`).send({ invoice: first })).status, 409);

    lnbits.failed.add((await server.ln.jobs.find(jobId)).refund_payment_hash);
    const released = await server.http.get(`/api/jobs/${jobId}`);
    assert.deepEqual(schemaErrors('lightning', 'JobStatusResponse', released.body), []);
    assert.equal(released.body.costLedger.refundState, 'pending');
    assert.equal(released.body.costLedger.refundError, 'The refund payment failed; claim it again with a fresh invoice');

    const fresh = walletInvoice({ amountSats: owed, network: 'bitcoin' });
    const again = await server.http.post(`/api/jobs/${jobId}/refund`).send({ invoice: fresh });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    const after = await server.http.get(`/api/jobs/${jobId}`);
    assert.equal(after.body.costLedger.refundState, 'paid');
    assert.equal(after.body.costLedger.refundError, undefined);
    assert.deepEqual(
      lnbits.outgoing.filter((p) => p.bolt11 === first || p.bolt11 === fresh).map((p) => p.bolt11),
      [first, fresh],
      'the failed payment and the fresh one, nothing more',
    );
  });

  test('a claim whose pending refund payment LNbits now reports failed pays the fresh invoice at once', async () => {
    const { jobId, done } = await completedJob('Explain a channel reserve.');
    const owed = done.costLedger.refundAmountSats;
    lnbits.outgoingMode = 'pending';
    try {
      assert.equal((await server.http.post(`/api/jobs/${jobId}/refund`).send({ invoice: walletInvoice({ amountSats: owed, network: 'bitcoin' }) })).status, 500);
    } finally {
      lnbits.outgoingMode = 'success';
    }
    lnbits.failed.add((await server.ln.jobs.find(jobId)).refund_payment_hash);
    const res = await server.http.post(`/api/jobs/${jobId}/refund`).send({ invoice: walletInvoice({ amountSats: owed, network: 'bitcoin' }) });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  });

  test('createJob answers 500 when LNbits times out; getJob fails the job when LNbits errors', async () => {
    lnbits.createMode = 'hang';
    const res = await server.http.post('/api/jobs').send({ request: 'x' });
    assert.deepEqual([res.status, res.body], [500, { error: 'Failed to create eval invoice' }]);
    lnbits.createMode = 'ok';
    const created = await server.http.post('/api/jobs').send({ request: 'y' });
    lnbits.statusMode = 'error-500';
    const polled = await server.http.get(`/api/jobs/${created.body.jobId}`);
    lnbits.statusMode = 'ok';
    assert.equal(polled.body.state, 'failed');
    assert.match(polled.body.errorMessage, /LNbits answered 500/);
  });
});
