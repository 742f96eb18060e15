import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LightningError } from '../../src/services/lightning/lightning-backend.js';
import pg from 'pg';
import { JOB_STEP_GIVE_UP_QUEUE, JOB_STEP_QUEUE } from '../../src/services/lightning/job-service.js';
import { schemaErrors } from '../support/spec-validator.js';
import { completedJob, countCalls, createJob, decodeBolt11, failOnce, pay, pollJob, startLightning, walletInvoice, type LightningServer } from './support.js';

let server: LightningServer;
before(async () => {
  server = await startLightning();
});
after(() => server.close());

describe('createJob', () => {
  test('201: a job awaiting its eval payment, with a real BOLT11 eval invoice', async () => {
    const res = await server.http.post('/api/jobs').set('Content-Type', 'application/json').send({ request: 'Explain HTLCs.' });
    assert.equal(res.status, 201);
    assert.deepEqual(schemaErrors('lightning', 'CreateJobResponse', res.body), []);
    const decoded = decodeBolt11(res.body.evalInvoice.paymentRequest);
    assert.equal(decoded.satoshis, 10);
    assert.equal(decoded.tagsObject.payment_hash, res.body.evalInvoice.paymentHash);
    assert.equal(decoded.tagsObject.description, 'Agent job: evaluation fee');
    assert.equal(decoded.tagsObject.expire_time, 3600);
    assert.match(res.body.jobId, /^[A-Za-z0-9_-]{22}$/);
  });

  test('ids are unguessable: 128 random bits, never repeating', async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, async () => (await createJob(server)).jobId));
    assert.equal(new Set(ids).size, 5);
    for (const id of ids) assert.equal(Buffer.from(id, 'base64url').length, 16);
  });

  test('400: a missing or empty request, or a body that is not JSON, each saying what is wrong as the spec examples do', async () => {
    const told = async (body: object) => {
      const res = await server.http.post('/api/jobs').send(body);
      return [res.status, res.body];
    };
    assert.deepEqual(await told({}), [400, { error: 'request is required' }]);
    assert.deepEqual(await told({ request: '' }), [400, { error: 'request must not be empty' }]);
    assert.deepEqual(await told({ request: 5 }), [400, { error: 'request must be string' }]);
    assert.deepEqual(await told([]), [400, { error: 'Request body must be object' }]);
    const malformed = await server.http.post('/api/jobs').set('Content-Type', 'application/json').send('{"request":');
    assert.deepEqual([malformed.status, malformed.body], [400, { error: 'Malformed JSON in request body' }]);
    const empty = await server.http.post('/api/jobs').set('Content-Type', 'application/json');
    assert.deepEqual([empty.status, empty.body], [400, { error: 'Request body is required' }]);
  });

  test('400: a request of only whitespace is refused like an empty one, before any eval invoice is issued', async () => {
    const invoices = countCalls(server.ln.backend, 'createInvoice');
    try {
      for (const request of ['   ', '\n\t ', '\u00a0\u2003']) {
        const res = await server.http.post('/api/jobs').send({ request });
        assert.deepEqual([res.status, res.body], [400, { error: 'request must not be empty' }], JSON.stringify(request));
      }
      assert.equal(invoices.count, 0);
    } finally {
      invoices.restore();
    }
    assert.equal((await server.http.post('/api/jobs').send({ request: '  x  ' })).status, 201);
  });

  test('413 and 415: an oversized body, a body that is not JSON', async () => {
    const big = await server.http.post('/api/jobs').send({ request: 'x'.repeat(1_100_000) });
    assert.equal(big.status, 413);
    const text = await server.http.post('/api/jobs').set('Content-Type', 'text/plain').send('hello');
    assert.equal(text.status, 415);
  });

  test('500: the Lightning backend cannot create the eval invoice', async () => {
    failOnce(server.ln.backend, 'createInvoice');
    const res = await server.http.post('/api/jobs').send({ request: 'anything' });
    assert.equal(res.status, 500);
    assert.deepEqual(res.body, { error: 'Failed to create eval invoice' });
  });
});

describe('getJob', () => {
  test('200: awaiting_eval_payment shows the eval invoice until it is paid', async () => {
    const { jobId, evalInvoice } = await createJob(server);
    const res = await server.http.get(`/api/jobs/${jobId}`);
    assert.equal(res.status, 200);
    assert.deepEqual(schemaErrors('lightning', 'JobStatusResponse', res.body), []);
    assert.equal(res.body.state, 'awaiting_eval_payment');
    assert.equal(res.body.completedAt, null);
    assert.deepEqual(res.body.evalInvoice, evalInvoice);
  });

  test('200: a job whose eval or work invoice expired unpaid ends failed, saying so; one paid in time goes on', async () => {
    const unpaidEval = await createJob(server);
    // The expiry the job keeps is the one its BOLT11 invoice carries.
    const decoded = decodeBolt11(unpaidEval.evalInvoice.paymentRequest);
    assert.equal(new Date((await server.ln.jobs.find(unpaidEval.jobId)).eval_expires_at).getTime(), decoded.timeExpireDate! * 1000);
    const quoted = await createJob(server);
    await pay(server, quoted.evalInvoice.paymentHash);
    const awaitingWork = await pollJob(server, quoted.jobId, ['awaiting_work_payment']);
    const paidInTime = await createJob(server);
    await pay(server, paidInTime.evalInvoice.paymentHash);
    // Their hour passes.
    const past = new Date(Date.now() - 1000);
    const hashes = [unpaidEval.evalInvoice.paymentHash, awaitingWork.workInvoice.paymentHash, paidInTime.evalInvoice.paymentHash];
    await server.ln.knex('ln_stub_invoices').whereIn('payment_hash', hashes).update({ expires_at: past });
    await server.ln.knex('ln_jobs').whereIn('id', [unpaidEval.jobId, paidInTime.jobId]).update({ eval_expires_at: past });
    await server.ln.knex('ln_jobs').where({ id: quoted.jobId }).update({ work_expires_at: past });

    const evalExpired = await server.http.get(`/api/jobs/${unpaidEval.jobId}`);
    assert.deepEqual(schemaErrors('lightning', 'JobStatusResponse', evalExpired.body), []);
    assert.equal(evalExpired.body.state, 'failed');
    assert.equal(evalExpired.body.errorMessage, 'The eval invoice expired before it was paid');
    assert.equal(evalExpired.body.evalInvoice, undefined);

    assert.equal((await server.http.post(`/api/dev/stub/pay/${awaitingWork.workInvoice.paymentHash}`)).status, 409);
    const workExpired = await server.http.get(`/api/jobs/${quoted.jobId}`);
    assert.deepEqual([workExpired.body.state, workExpired.body.errorMessage], ['failed', 'The work invoice expired before it was paid']);

    // Paid before its invoice expired, polled only after: the payment counts.
    await pollJob(server, paidInTime.jobId, ['awaiting_work_payment']);

    // A job from before expiries were kept: its invoice's own expiry is read.
    const older = await createJob(server);
    const expiredInvoice = walletInvoice({ amountSats: 10, expirySeconds: 60, now: new Date(Date.now() - 3_600_000) });
    await server.ln.knex('ln_jobs').where({ id: older.jobId }).update({ eval_expires_at: null, eval_payment_request: expiredInvoice });
    assert.equal((await server.http.get(`/api/jobs/${older.jobId}`)).body.state, 'failed');
  });

  test('200: eval paid -> evaluating -> awaiting_work_payment with a priced work invoice -> executing -> complete with the cost ledger', async () => {
    const { jobId, evalInvoice } = await createJob(server, 'Write a limerick about channel capacity.');
    await pay(server, evalInvoice.paymentHash);
    const quoted = await pollJob(server, jobId, ['awaiting_work_payment']);
    assert.deepEqual(schemaErrors('lightning', 'JobStatusResponse', quoted), []);
    assert.equal(quoted.evalInvoice, undefined);
    assert.equal(decodeBolt11(quoted.workInvoice.paymentRequest).satoshis, quoted.workInvoice.amountSats);
    assert.deepEqual(quoted.pricingBreakdown, { estimatedCostUsd: quoted.pricingBreakdown.estimatedCostUsd, marginPct: 20, btcPriceUsd: 100000 });
    // The price of the quote: (tokens × rates + infra) × margin, in sats at the locked price, rounded up.
    assert.equal(quoted.workInvoice.amountSats, Math.ceil((quoted.pricingBreakdown.estimatedCostUsd / 100000) * 1e8));

    await pay(server, quoted.workInvoice.paymentHash);
    const done = await pollJob(server, jobId, ['complete']);
    assert.deepEqual(schemaErrors('lightning', 'JobStatusResponse', done), []);
    assert.match(done.result, /not a real LLM/);
    assert.ok(Date.parse(done.completedAt) >= Date.parse(done.createdAt));
    const ledger = done.costLedger;
    assert.equal(ledger.totalTokens, ledger.actualInputTokens + ledger.actualOutputTokens);
    assert.equal(ledger.workAmountSats, quoted.workInvoice.amountSats);
    assert.equal(ledger.refundAmountSats, Math.max(0, ledger.workAmountSats - ledger.actualAmountSats));
    assert.ok(ledger.refundAmountSats > 0);
    assert.equal(ledger.refundState, 'pending');
    assert.equal(ledger.btcPriceUsd, 100000);
  });

  test('200: the evaluator rejects a request -> rejected with the reason', async () => {
    const { jobId, evalInvoice } = await createJob(server, 'Write ransomware for me.');
    await pay(server, evalInvoice.paymentHash);
    const job = await pollJob(server, jobId, ['rejected']);
    assert.match(job.reason, /ransomware/);
    assert.equal(job.workInvoice, undefined);
  });

  test('200: a job that ends rejected or failed has a completedAt, the time it ended, as a complete one does', async () => {
    const ended = (job: { createdAt: string; completedAt: string | null }) => {
      assert.equal(typeof job.completedAt, 'string', JSON.stringify(job));
      assert.ok(Date.parse(job.completedAt!) >= Date.parse(job.createdAt) && Date.parse(job.completedAt!) <= Date.now(), JSON.stringify(job));
    };
    const rejected = await createJob(server, 'Write ransomware for me.');
    await pay(server, rejected.evalInvoice.paymentHash);
    ended(await pollJob(server, rejected.jobId, ['rejected']));

    const agentFailed = await createJob(server);
    failOnce(server.ln.agent, 'evaluate', new Error('model overloaded'));
    await pay(server, agentFailed.evalInvoice.paymentHash);
    ended(await pollJob(server, agentFailed.jobId, ['failed']));

    const backendFailed = await createJob(server);
    failOnce(server.ln.backend, 'isPaid', new LightningError('LNbits is unreachable'));
    const failedPoll = await server.http.get(`/api/jobs/${backendFailed.jobId}`);
    assert.equal(failedPoll.body.state, 'failed');
    ended(failedPoll.body);

    const givenUp = await createJob(server);
    await server.db.knex('ln_jobs').where({ id: givenUp.jobId }).update({ state: 'evaluating' });
    await server.ln.jobs.giveUp(givenUp.jobId);
    const givenUpPoll = await server.http.get(`/api/jobs/${givenUp.jobId}`);
    assert.deepEqual(schemaErrors('lightning', 'JobStatusResponse', givenUpPoll.body), []);
    ended(givenUpPoll.body);

    // Still under way: null.
    const waiting = await createJob(server);
    assert.equal((await server.http.get(`/api/jobs/${waiting.jobId}`)).body.completedAt, null);
  });

  test('200: an agent error during evaluation or work -> failed with errorMessage', async () => {
    const a = await createJob(server);
    failOnce(server.ln.agent, 'evaluate', new Error('model overloaded'));
    await pay(server, a.evalInvoice.paymentHash);
    const failedEval = await pollJob(server, a.jobId, ['failed']);
    assert.equal(failedEval.errorMessage, 'Agent execution failed: model overloaded');

    const b = await createJob(server);
    await pay(server, b.evalInvoice.paymentHash);
    const quoted = await pollJob(server, b.jobId, ['awaiting_work_payment']);
    failOnce(server.ln.agent, 'work', new Error('context too long'));
    await pay(server, quoted.workInvoice.paymentHash);
    const failedWork = await pollJob(server, b.jobId, ['failed']);
    assert.equal(failedWork.errorMessage, 'Agent execution failed: context too long');
  });

  // These call the step directly, or hand the job to the give-up queue, to see each outcome without waiting out retries.
  test('a step that hits our own database failing is retried, not failed; an agent failure fails the job', async () => {
    const { jobId } = await createJob(server);
    await server.db.knex('ln_jobs').where({ id: jobId }).update({ state: 'evaluating' });
    const evaluate = server.ln.agent.evaluate;
    try {
      server.ln.agent.evaluate = async () => {
        throw new pg.DatabaseError('canceling statement due to statement timeout', 0, 'error');
      };
      await assert.rejects(server.ln.jobs.runStep(jobId), pg.DatabaseError);
      assert.equal((await server.http.get(`/api/jobs/${jobId}`)).body.state, 'evaluating');
      server.ln.agent.evaluate = async () => {
        throw new Error('model overloaded');
      };
      await server.ln.jobs.runStep(jobId);
      const job = (await server.http.get(`/api/jobs/${jobId}`)).body;
      assert.equal(job.state, 'failed');
      assert.equal(job.errorMessage, 'Agent execution failed: model overloaded');
    } finally {
      server.ln.agent.evaluate = evaluate;
    }
  });

  test('a step stopped by a stopping server is queued again, not failed, and then runs', async () => {
    const { jobId } = await createJob(server);
    await server.db.knex('ln_jobs').where({ id: jobId }).update({ state: 'evaluating' });
    const evaluate = server.ln.agent.evaluate;
    const stop = new AbortController();
    let interrupted = false;
    // Only the step given `stop` waits for it; the step it hands back runs the real evaluation.
    server.ln.agent.evaluate = (request, signal) => {
      if (signal !== stop.signal) return evaluate.call(server.ln.agent, request, signal);
      return new Promise((_resolve, reject) => {
        const end = () => {
          interrupted = true;
          reject(signal.reason);
        };
        if (signal.aborted) end();
        signal.addEventListener('abort', end);
      });
    };
    try {
      const step = server.ln.jobs.runStep(jobId, stop.signal);
      stop.abort(new Error('The job queue is stopping'));
      await step;
      assert.ok(interrupted, 'the evaluation was given the stop signal');
      server.queue.nudge(JOB_STEP_QUEUE);
      const job = await pollJob(server, jobId, ['awaiting_work_payment', 'failed']);
      assert.equal(job.state, 'awaiting_work_payment');
    } finally {
      server.ln.agent.evaluate = evaluate;
    }
  });

  test('200: a paid job whose step was given up on (three failed tries) ends failed, not stuck evaluating', async () => {
    const { jobId } = await createJob(server);
    await server.db.knex('ln_jobs').where({ id: jobId }).update({ state: 'evaluating' });
    await server.queue.send(JOB_STEP_GIVE_UP_QUEUE, { jobId });
    const job = await pollJob(server, jobId, ['failed']);
    assert.deepEqual(schemaErrors('lightning', 'JobStatusResponse', job), []);
    assert.match(job.errorMessage, /failed three times/);
  });

  test('200: a backend error while checking the invoice -> failed', async () => {
    const { jobId } = await createJob(server);
    failOnce(server.ln.backend, 'isPaid', new LightningError('LNbits is unreachable'));
    const res = await server.http.get(`/api/jobs/${jobId}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.state, 'failed');
    assert.equal(res.body.errorMessage, 'Lightning backend error: LNbits is unreachable');
  });

  test('500 for that poll alone: our database failing while the invoice is checked (a pool exhausted under load) leaves the paid job to the next poll', async () => {
    const { jobId, evalInvoice } = await createJob(server);
    await pay(server, evalInvoice.paymentHash);
    failOnce(server.ln.backend, 'isPaid', new Error('Knex: Timeout acquiring a connection. The pool is probably full.'));
    const res = await server.http.get(`/api/jobs/${jobId}`);
    assert.equal(res.status, 500);
    assert.doesNotMatch(res.text, /Knex|pool/);
    assert.equal((await server.ln.jobs.find(jobId)).state, 'awaiting_eval_payment', 'the job is not failed');
    await pollJob(server, jobId, ['awaiting_work_payment']);
  });

  test('20 concurrent polls of a newly paid job run the evaluation and the work exactly once', async () => {
    const evaluations = countCalls(server.ln.agent, 'evaluate');
    const works = countCalls(server.ln.agent, 'work');
    try {
      const { jobId, evalInvoice } = await createJob(server, 'Count the sats in a bitcoin.');
      await pay(server, evalInvoice.paymentHash);
      const first = await Promise.all(Array.from({ length: 20 }, () => server.http.get(`/api/jobs/${jobId}`)));
      assert.ok(first.every((r) => r.status === 200));
      const quoted = await pollJob(server, jobId, ['awaiting_work_payment']);
      await pay(server, quoted.workInvoice.paymentHash);
      const second = await Promise.all(Array.from({ length: 20 }, () => server.http.get(`/api/jobs/${jobId}`)));
      assert.ok(second.every((r) => r.status === 200 && ['executing', 'complete'].includes(r.body.state)));
      await pollJob(server, jobId, ['complete']);
      assert.equal(evaluations.count, 1);
      assert.equal(works.count, 1);
      const [{ count }] = await server.ln.knex('ln_jobs').where({ id: jobId }).whereNotNull('work_payment_hash').count({ count: '*' });
      assert.equal(Number(count), 1);
    } finally {
      evaluations.restore();
      works.restore();
    }
  });

  test('400: a path value with a NUL byte', async () => {
    const res = await server.http.get('/api/jobs/%00');
    assert.equal(res.status, 400);
  });

  test('404: an unknown job', async () => {
    const res = await server.http.get('/api/jobs/nope-not-a-job');
    assert.equal(res.status, 404);
    assert.deepEqual(res.body, { error: 'Job not found' });
  });

  test('500: an unexpected failure is opaque', async () => {
    failOnce(server.ln.jobs, 'get', new Error('relation "secret_table" does not exist'));
    const res = await server.http.get('/api/jobs/whatever');
    assert.equal(res.status, 500);
    assert.doesNotMatch(res.text, /secret_table/);
  });

  test('the job and its invoices survive a restart of the services (the stub is persisted)', async () => {
    const { jobId, evalInvoice } = await createJob(server);
    assert.equal(await server.ln.backend.isPaid(evalInvoice.paymentHash), false);
    const [row] = await server.ln.knex('ln_stub_invoices').where({ payment_hash: evalInvoice.paymentHash });
    assert.equal(row.payment_request, (await server.ln.jobs.find(jobId)).eval_payment_request);
  });

  test('a completed job keeps its cost ledger', async () => {
    const { job } = await completedJob(server);
    assert.equal(job.state, 'complete');
  });
});
