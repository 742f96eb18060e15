import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mintMacaroon } from '../../src/core/macaroons.js';
import { LightningError } from '../../src/services/lightning/lightning-backend.js';
import { schemaErrors } from '../support/spec-validator.js';
import { activeSession, countCalls, decodeBolt11, failOnce, pay, startLightning, walletInvoice, type LightningServer } from './support.js';

let server: LightningServer;
before(async () => {
  server = await startLightning();
});
after(() => server.close());

const request = (id: string, headers: Record<string, string>, body: unknown = { request: 'Draft a haiku about routing fees.' }) =>
  server.http.post(`/api/sessions/${id}/request`).set(headers).send(body as object);
const topup = (id: string, headers: Record<string, string>, amount = 500) => server.http.post(`/api/sessions/${id}/topup`).set(headers).send({ amount_sats: amount });

describe('createSession', () => {
  test('201: awaiting_payment with a deposit invoice for the amount', async () => {
    const res = await server.http.post('/api/sessions').set('Content-Type', 'application/json').send({ amount_sats: 500 });
    assert.equal(res.status, 201);
    assert.deepEqual(schemaErrors('lightning', 'CreateSessionResponse', res.body), []);
    assert.equal(res.body.state, 'awaiting_payment');
    assert.equal(res.body.invoice.amountSats, 500);
    assert.match(res.body.invoice.paymentRequest, /^lnbcrt5u1/);
    assert.equal(Buffer.from(res.body.sessionId, 'base64url').length, 16);
  });

  test('400: an amount outside 100–10,000, missing, or not an integer', async () => {
    for (const body of [{ amount_sats: 99 }, { amount_sats: 10_001 }, { amount_sats: 150.5 }, { amount_sats: '500' }]) {
      const res = await server.http.post('/api/sessions').send(body);
      assert.deepEqual([res.status, res.body], [400, { error: 'amount_sats must be an integer between 100 and 10000' }], JSON.stringify(body));
    }
    const missing = await server.http.post('/api/sessions').send({});
    assert.deepEqual([missing.status, missing.body], [400, { error: 'amount_sats is required' }]);
  });

  test('413, 415 and 500', async () => {
    assert.equal((await server.http.post('/api/sessions').send({ pad: 'x'.repeat(1_100_000) })).status, 413);
    assert.equal((await server.http.post('/api/sessions').set('Content-Type', 'text/plain').send('500')).status, 415);
    failOnce(server.ln.backend, 'createInvoice');
    const res = await server.http.post('/api/sessions').send({ amount_sats: 500 });
    assert.deepEqual([res.status, res.body], [500, { error: 'Failed to create deposit invoice' }]);
  });
});

describe('getSession', () => {
  test('200: paying the deposit activates the session with a macaroon, credited once', async () => {
    const created = await server.http.post('/api/sessions').send({ amount_sats: 700 });
    const waiting = await server.http.get(`/api/sessions/${created.body.sessionId}`);
    assert.deepEqual(schemaErrors('lightning', 'SessionStatusResponse', waiting.body), []);
    assert.equal(waiting.body.state, 'awaiting_payment');
    assert.equal(waiting.body.macaroon, undefined);
    assert.deepEqual(waiting.body.invoice, created.body.invoice);
    await pay(server, created.body.invoice.paymentHash);
    const polls = await Promise.all(Array.from({ length: 10 }, () => server.http.get(`/api/sessions/${created.body.sessionId}`)));
    for (const res of polls) {
      assert.equal(res.status, 200);
      assert.equal(res.body.state, 'active');
      assert.equal(res.body.balanceSats, 700);
    }
    assert.deepEqual(schemaErrors('lightning', 'SessionStatusResponse', polls[0].body), []);
    assert.equal(new Set(polls.map((r) => r.body.macaroon)).size, 1);
    assert.equal(polls[0].body.minimumBalanceSats, 50);
    assert.ok(Date.parse(polls[0].body.expiresAt) > Date.now() + 23 * 3_600_000);
  });

  test('400, 404 and 500', async () => {
    assert.equal((await server.http.get('/api/sessions/%00')).status, 400);
    const missing = await server.http.get('/api/sessions/nope');
    assert.deepEqual([missing.status, missing.body], [404, { error: 'Session not found' }]);
    const created = await server.http.post('/api/sessions').send({ amount_sats: 100 });
    failOnce(server.ln.backend, 'isPaid', new LightningError('LNbits is unreachable'));
    const failed = await server.http.get(`/api/sessions/${created.body.sessionId}`);
    assert.deepEqual([failed.status, failed.body], [500, { error: 'Lightning backend error: LNbits is unreachable' }]);
  });

  test('500: our database failing while the deposit is checked (a pool exhausted under load) is opaque, and the next poll activates', async () => {
    const created = await server.http.post('/api/sessions').send({ amount_sats: 100 });
    await pay(server, created.body.invoice.paymentHash);
    failOnce(server.ln.backend, 'isPaid', new Error('Knex: Timeout acquiring a connection. The pool is probably full.'));
    const failed = await server.http.get(`/api/sessions/${created.body.sessionId}`);
    assert.equal(failed.status, 500);
    assert.doesNotMatch(failed.text, /Knex|pool/);
    const next = await server.http.get(`/api/sessions/${created.body.sessionId}`);
    assert.deepEqual([next.status, next.body.state, next.body.balanceSats], [200, 'active', 100]);
  });

  test('a session whose deposit invoice expired unpaid is expired, not awaiting payment forever; one paid in time activates', async () => {
    const hourAgo = new Date(Date.now() - 3_600_000);
    const unpaid = await server.http.post('/api/sessions').send({ amount_sats: 500 });
    const paidInTime = await server.http.post('/api/sessions').send({ amount_sats: 500 });
    await pay(server, paidInTime.body.invoice.paymentHash);
    for (const created of [unpaid, paidInTime]) {
      await server.ln.knex('ln_stub_invoices').where({ payment_hash: created.body.invoice.paymentHash }).update({ expires_at: hourAgo });
      await server.ln.knex('ln_sessions').where({ id: created.body.sessionId }).update({ deposit_payment_request: walletInvoice({ amountSats: 500, expirySeconds: 60, now: hourAgo }) });
    }
    const expired = await server.http.get(`/api/sessions/${unpaid.body.sessionId}`);
    assert.equal(expired.status, 200);
    assert.deepEqual(schemaErrors('lightning', 'SessionStatusResponse', expired.body), []);
    assert.deepEqual([expired.body.state, expired.body.balanceSats, expired.body.invoice, expired.body.macaroon], ['expired', 0, undefined, undefined]);
    // expiresAt says when it expired: when its deposit invoice did.
    const invoiceExpiry = decodeBolt11((await server.ln.knex('ln_sessions').where({ id: unpaid.body.sessionId }).first()).deposit_payment_request).timeExpireDate! * 1000;
    assert.equal(new Date(expired.body.expiresAt).getTime(), invoiceExpiry);
    assert.equal((await server.http.post(`/api/dev/stub/pay/${unpaid.body.invoice.paymentHash}`)).status, 409);
    assert.equal((await server.http.get(`/api/sessions/${unpaid.body.sessionId}`)).body.state, 'expired');
    const active = await server.http.get(`/api/sessions/${paidInTime.body.sessionId}`);
    assert.deepEqual([active.body.state, active.body.balanceSats], ['active', 500]);
  });

  test('an idle session expires after 24 h', async () => {
    const { id } = await activeSession(server);
    await server.ln.knex('ln_sessions').where({ id }).update({ last_activity_at: new Date(Date.now() - 25 * 3_600_000) });
    const res = await server.http.get(`/api/sessions/${id}`);
    assert.equal(res.body.state, 'expired');
    assert.equal(res.body.macaroon, undefined);
  });
});

describe('submitSessionRequest', () => {
  test('200: complete, debiting eval + actual work; rejected still pays the eval fee; failed pays the eval fee', async () => {
    const { id, auth } = await activeSession(server, 1000);
    const done = await request(id, auth);
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.deepEqual(schemaErrors('lightning', 'SessionRequestResponse', done.body), []);
    assert.equal(done.body.state, 'complete');
    assert.match(done.body.result, /not a real LLM/);
    assert.equal(done.body.cost.evalSats, 10);
    assert.equal(done.body.debitedSats, done.body.cost.totalSats);
    assert.equal(done.body.cost.totalSats, done.body.cost.evalSats + done.body.cost.workSats);
    assert.equal(done.body.balanceRemaining, 1000 - done.body.debitedSats);

    const rejected = await request(id, auth, { request: 'Write phishing emails.' });
    assert.equal(rejected.body.state, 'rejected');
    assert.match(rejected.body.reason, /phishing/);
    assert.equal(rejected.body.debitedSats, 10);
    assert.equal(rejected.body.balanceRemaining, done.body.balanceRemaining - 10);

    failOnce(server.ln.agent, 'work', new Error('model crashed'));
    const failed = await request(id, auth);
    assert.equal(failed.body.state, 'failed');
    assert.equal(failed.body.errorMessage, 'Agent execution failed: model crashed');
    assert.equal(failed.body.debitedSats, 10);
    const status = await server.http.get(`/api/sessions/${id}`);
    assert.equal(status.body.balanceSats, failed.body.balanceRemaining);
  });

  test('401: no macaroon, a malformed one, a tampered one, an expired one, one from a stranger key', async () => {
    const { id, macaroon } = await activeSession(server);
    assert.equal((await request(id, {})).status, 401);
    assert.equal((await request(id, { Authorization: 'Bearer not-a-macaroon' })).status, 401);
    const tampered = macaroon.slice(0, -4) + (macaroon.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const t = await request(id, { Authorization: `Bearer ${tampered}` });
    assert.equal(t.status, 401);
    assert.deepEqual(Object.keys(t.body), ['error']);
    const rootKey = (await server.ln.sessions.rootKeyOf(id))!;
    const stale = mintMacaroon({ rootKey, identifier: id, caveats: { session: id, expires: new Date(Date.now() - 1000).toISOString() } });
    const e = await request(id, { Authorization: `Bearer ${stale}` });
    assert.deepEqual([e.status, e.body], [401, { error: 'Bearer macaroon has expired' }]);
    const forged = mintMacaroon({ rootKey: Buffer.alloc(32, 7), identifier: id, caveats: { session: id, expires: new Date(Date.now() + 60_000).toISOString() } });
    assert.equal((await request(id, { Authorization: `Bearer ${forged}` })).status, 401);
    const crossed = mintMacaroon({ rootKey, identifier: id, caveats: { session: 'other', expires: new Date(Date.now() + 60_000).toISOString() } });
    assert.equal((await request(id, { Authorization: `Bearer ${crossed}` })).status, 401);
  });

  test('403: a valid macaroon of another session; 404: an unknown session', async () => {
    const a = await activeSession(server);
    const b = await activeSession(server);
    const foreign = await request(a.id, b.auth);
    assert.deepEqual([foreign.status, foreign.body], [403, { error: 'Macaroon does not grant access to this session' }]);
    const missing = await request('no-such-session', b.auth);
    assert.deepEqual([missing.status, missing.body], [404, { error: 'Session not found' }]);
  });

  test('402: the balance cannot cover the request', async () => {
    const { id, auth } = await activeSession(server, 100);
    const res = await request(id, auth, { request: 'word '.repeat(20_000) });
    assert.equal(res.status, 402);
    assert.match(res.body.error, /^Insufficient balance/);
    assert.equal((await server.http.get(`/api/sessions/${id}`)).body.balanceSats, 100);
  });

  test('402: the balance quoted is the one the request was refused on, and what running requests hold is said apart', async () => {
    const { id, auth } = await activeSession(server, 100);
    const original = server.ln.agent.work;
    let started = 0;
    let allRunning!: () => void;
    const running = new Promise<void>((resolve) => (allRunning = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    server.ln.agent.work = async (...args) => {
      if (++started === 4) allRunning();
      await released;
      return original.apply(server.ln.agent, args);
    };
    try {
      const first = Promise.all(Array.from({ length: 4 }, () => request(id, auth)));
      await running;
      const shown = await server.http.get(`/api/sessions/${id}`);
      const refused = await request(id, auth);
      assert.equal(refused.status, 402);
      const [, needed, balance, held] = /^Insufficient balance: this request needs up to (\d+) sats, the balance is (\d+); requests still running hold (\d+) sats more, and give back what they do not use$/.exec(refused.body.error) ?? [];
      assert.ok(needed, refused.body.error);
      assert.equal(Number(balance), shown.body.balanceSats);
      assert.ok(Number(balance) < Number(needed));
      assert.equal(Number(balance) + Number(held), 100);
      release();
      for (const r of await first) assert.equal(r.status, 200);
    } finally {
      release();
      server.ln.agent.work = original;
    }
  });

  test('402 under load: a refused request never quotes a balance that would have covered it', async () => {
    const { id, auth } = await activeSession(server, 200);
    // Requests end at different times, as a model's do, so some give back their reserves while others are refused.
    const original = server.ln.agent.work;
    server.ln.agent.work = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50));
      return original.apply(server.ln.agent, args);
    };
    let results;
    try {
      results = await Promise.all(Array.from({ length: 40 }, () => request(id, auth)));
    } finally {
      server.ln.agent.work = original;
    }
    const refused = results.filter((r) => r.status === 402);
    assert.ok(refused.length > 0);
    for (const r of refused) {
      const [, needed, balance] = /needs up to (\d+) sats, the balance is (\d+)/.exec(r.body.error) ?? [];
      assert.ok(Number(balance) < Number(needed), r.body.error);
    }
  });

  test('409: awaiting payment, or paused below the minimum; a paid top-up resumes it', async () => {
    const created = await server.http.post('/api/sessions').send({ amount_sats: 100 });
    const waiting = await server.ln.sessions.rootKeyOf(created.body.sessionId);
    const early = mintMacaroon({ rootKey: waiting!, identifier: created.body.sessionId, caveats: { session: created.body.sessionId, expires: new Date(Date.now() + 60_000).toISOString() } });
    const notPaid = await request(created.body.sessionId, { Authorization: `Bearer ${early}` });
    assert.deepEqual([notPaid.status, notPaid.body], [409, { error: 'Session is not active' }]);

    const { id, auth } = await activeSession(server, 100);
    let last;
    for (let i = 0; i < 10; i++) {
      last = await request(id, auth);
      if (last.status !== 200) break;
    }
    assert.deepEqual([last!.status, last!.body], [409, { error: 'Session is not active' }]);
    const paused = await server.http.get(`/api/sessions/${id}`);
    assert.equal(paused.body.state, 'paused');
    assert.ok(paused.body.balanceSats < 50 && paused.body.balanceSats >= 0);
    assert.ok(paused.body.macaroon);

    const up = await topup(id, auth, 200);
    await pay(server, up.body.topup.paymentHash);
    const resumed = await server.http.get(`/api/sessions/${id}`);
    assert.equal(resumed.body.state, 'active');
    assert.equal(resumed.body.balanceSats, paused.body.balanceSats + 200);
    assert.equal(resumed.body.pendingTopup, undefined);
    assert.equal((await request(id, auth)).status, 200);
  });

  test('concurrent requests that leave the balance above the minimum leave the session active, not paused', async () => {
    const { id, auth } = await activeSession(server, 100);
    // All four reserve their worst case (about 23 sats each) before any of them settles.
    const original = server.ln.agent.work;
    let started = 0;
    let release!: () => void;
    const allReserved = new Promise<void>((resolve) => (release = resolve));
    server.ln.agent.work = async (...args) => {
      if (++started === 4) release();
      await allReserved;
      return original.apply(server.ln.agent, args);
    };
    try {
      const results = await Promise.all(Array.from({ length: 4 }, () => request(id, auth)));
      assert.deepEqual(
        results.map((r) => r.status),
        [200, 200, 200, 200],
      );
      const debited = results.reduce((sum, r) => sum + r.body.debitedSats, 0);
      const status = await server.http.get(`/api/sessions/${id}`);
      assert.equal(status.body.balanceSats, 100 - debited);
      assert.ok(status.body.balanceSats >= 50, `the requests left ${status.body.balanceSats} sats`);
      assert.equal(status.body.state, 'active');
    } finally {
      server.ln.agent.work = original;
    }
    assert.equal((await request(id, auth)).status, 200);
  });

  test('the reserve of a request taken for dead is given back, once; when it finishes after all it answers 200 with its outcome, not charged', async () => {
    const { id, auth } = await activeSession(server, 100);
    const original = server.ln.agent.work;
    let running!: () => void;
    const started = new Promise<void>((resolve) => (running = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.ln.agent.work = async (...args) => {
      running();
      await held;
      return original.apply(server.ln.agent, args);
    };
    try {
      const pending = request(id, auth).then((res) => res);
      await started;
      const during = await server.http.get(`/api/sessions/${id}`);
      assert.ok(during.body.balanceSats < 100);
      // As if its server had died: the request has been running for longer than any request can.
      await server.ln.knex('ln_session_requests').where({ session_id: id }).update({ created_at: new Date(Date.now() - 20 * 60_000) });
      const after = await server.http.get(`/api/sessions/${id}`);
      assert.deepEqual([after.body.state, after.body.balanceSats], ['active', 100]);
      assert.equal((await server.http.get(`/api/sessions/${id}`)).body.balanceSats, 100);

      release();
      // The session was already told nothing was charged: the late outcome is the client's, free, not a 500.
      const late = await pending;
      assert.equal(late.status, 200, JSON.stringify(late.body));
      assert.deepEqual(schemaErrors('lightning', 'SessionRequestResponse', late.body), []);
      assert.equal(late.body.state, 'complete');
      assert.ok(late.body.result);
      assert.equal(late.body.debitedSats, 0);
      assert.equal(late.body.balanceRemaining, 100);
      assert.deepEqual([late.body.cost.evalSats, late.body.cost.workSats, late.body.cost.totalSats], [0, 0, 0]);
      const status = await server.http.get(`/api/sessions/${id}`);
      assert.deepEqual([status.body.state, status.body.balanceSats], ['active', 100]);
      const [row] = await server.ln.knex('ln_session_requests').where({ session_id: id });
      assert.deepEqual([row.state, row.result, row.eval_sats, row.work_sats], ['complete', late.body.result, 0, 0]);
      assert.equal((await server.ln.knex('ln_sessions').where({ id }).first('reserved_sats')).reserved_sats, 0);
    } finally {
      release();
      server.ln.agent.work = original;
    }
  });

  test('401 carries WWW-Authenticate: Bearer (RFC 6750), on requests and top-ups, a 403 does not', async () => {
    const { id, auth } = await activeSession(server);
    const other = await activeSession(server);
    for (const res of [await request(id, {}), await request(id, { Authorization: 'Bearer garbage' }), await topup(id, {})]) {
      assert.equal(res.status, 401);
      assert.equal(res.headers['www-authenticate'], 'Bearer');
    }
    const foreign = await request(id, other.auth);
    assert.deepEqual([foreign.status, foreign.headers['www-authenticate']], [403, undefined]);
    assert.equal((await request(id, auth)).headers['www-authenticate'], undefined);
  });

  test('410: expired after 24 h without activity', async () => {
    const { id, auth } = await activeSession(server);
    await server.ln.knex('ln_sessions').where({ id }).update({ last_activity_at: new Date(Date.now() - 25 * 3_600_000) });
    const res = await request(id, auth);
    assert.deepEqual([res.status, res.body], [410, { error: 'Session expired' }]);
  });

  test('400, 413, 415', async () => {
    const { id, auth } = await activeSession(server);
    assert.equal((await request(id, auth, { request: '' })).status, 400);
    const missing = await request(id, auth, {});
    assert.deepEqual([missing.status, missing.body], [400, { error: 'request is required' }]);
    assert.equal((await server.http.post(`/api/sessions/${id}/request`).set(auth).set('Content-Type', 'application/json').send('{')).status, 400);
    assert.equal((await request(id, auth, { request: 'x'.repeat(1_100_000) })).status, 413);
    assert.equal((await server.http.post(`/api/sessions/${id}/request`).set(auth).set('Content-Type', 'text/plain').send('hi')).status, 415);
  });

  test('400: a request of only whitespace is refused like an empty one and costs nothing', async () => {
    const { id, auth } = await activeSession(server);
    const res = await request(id, auth, { request: ' \n\t ' });
    assert.deepEqual([res.status, res.body], [400, { error: 'request must not be empty' }]);
    assert.equal((await server.http.get(`/api/sessions/${id}`)).body.balanceSats, 1000);
  });

  test('500: an unexpected failure', async () => {
    const { id, auth } = await activeSession(server);
    failOnce(server.ln.sessions, 'submit');
    assert.equal((await request(id, auth)).status, 500);
  });

  test('30 concurrent requests on one session: no debit lost or applied twice, the balance never negative', async () => {
    const { id, auth } = await activeSession(server, 400);
    const works = countCalls(server.ln.agent, 'work');
    try {
      const results = await Promise.all(Array.from({ length: 30 }, () => request(id, auth)));
      const ok = results.filter((r) => r.status === 200);
      for (const r of results) assert.ok([200, 402, 409].includes(r.status), `${r.status} ${JSON.stringify(r.body)}`);
      const debited = ok.reduce((sum, r) => sum + r.body.debitedSats, 0);
      const status = await server.http.get(`/api/sessions/${id}`);
      assert.equal(status.body.balanceSats, 400 - debited);
      assert.ok(status.body.balanceSats >= 0);
      const [{ total }] = await server.ln.knex('ln_session_requests').where({ session_id: id }).sum({ total: server.ln.knex.raw('eval_sats + work_sats') });
      assert.equal(Number(total), debited);
      assert.equal(works.count, ok.length);
      assert.ok(ok.length > 0);
    } finally {
      works.restore();
    }
  });
});

describe('topupSession', () => {
  test('200: one pending top-up at a time, shown by getSession, credited once when paid', async () => {
    const { id, auth } = await activeSession(server, 300);
    const res = await topup(id, auth, 1000);
    assert.equal(res.status, 200);
    assert.deepEqual(schemaErrors('lightning', 'TopupSessionResponse', res.body), []);
    assert.equal(res.body.topup.amountSats, 1000);
    const second = await topup(id, auth, 200);
    assert.deepEqual([second.status, second.body], [409, { error: 'A topup is already pending' }]);
    const shown = await server.http.get(`/api/sessions/${id}`);
    assert.deepEqual(shown.body.pendingTopup, res.body.topup);
    await pay(server, res.body.topup.paymentHash);
    const polls = await Promise.all(Array.from({ length: 10 }, () => server.http.get(`/api/sessions/${id}`)));
    for (const p of polls) assert.equal(p.body.balanceSats, 1300);
    assert.equal((await topup(id, auth, 200)).status, 200);
  });

  test('a top-up invoice that expired unpaid is dropped: getSession no longer shows it, a new top-up is issued; one paid in time is credited', async () => {
    const { id, auth } = await activeSession(server, 300);
    const first = await topup(id, auth, 1000);
    assert.equal(first.status, 200);
    // Its hour passes unpaid (the stub's record and the BOLT11 string both say it expired).
    const hourAgo = new Date(Date.now() - 3_600_000);
    await server.ln.knex('ln_stub_invoices').where({ payment_hash: first.body.topup.paymentHash }).update({ expires_at: hourAgo });
    await server.ln.knex('ln_sessions').where({ id }).update({ topup_payment_request: walletInvoice({ amountSats: 1000, expirySeconds: 60, now: hourAgo }) });
    const shown = await server.http.get(`/api/sessions/${id}`);
    assert.deepEqual(schemaErrors('lightning', 'SessionStatusResponse', shown.body), []);
    assert.equal(shown.body.pendingTopup, undefined);
    assert.equal((await server.http.post(`/api/dev/stub/pay/${first.body.topup.paymentHash}`)).status, 409);

    const second = await topup(id, auth, 200);
    assert.equal(second.status, 200, JSON.stringify(second.body));
    await pay(server, second.body.topup.paymentHash);
    // Paid before it expired, looked at only after: it is credited.
    await server.ln.knex('ln_sessions').where({ id }).update({ topup_payment_request: walletInvoice({ amountSats: 200, expirySeconds: 60, now: hourAgo }) });
    const credited = await server.http.get(`/api/sessions/${id}`);
    assert.equal(credited.body.balanceSats, 500);
    assert.equal(credited.body.pendingTopup, undefined);
  });

  test('a top-up paid while the session sat idle is credited, never lost to the idle expiry: paying it was activity', async () => {
    const hours = (n: number) => new Date(Date.now() - n * 3_600_000);
    // Asked for 24.5 h ago, payable for an hour, paid, and only now looked at: 23.5 h since it could last be paid.
    const recent = await activeSession(server, 300);
    const up = await topup(recent.id, recent.auth, 1000);
    await pay(server, up.body.topup.paymentHash);
    await server.ln.knex('ln_sessions').where({ id: recent.id }).update({ last_activity_at: hours(24.5), topup_payment_request: walletInvoice({ amountSats: 1000, now: hours(24.5) }) });
    const shown = await server.http.get(`/api/sessions/${recent.id}`);
    assert.deepEqual([shown.body.state, shown.body.balanceSats, shown.body.pendingTopup], ['active', 1300, undefined]);
    assert.equal((await request(recent.id, recent.auth)).status, 200);

    // Paid, then idle for more than 24 h even counted from its invoice's expiry: expired, with the top-up credited.
    const old = await activeSession(server, 300);
    const late = await topup(old.id, old.auth, 1000);
    await pay(server, late.body.topup.paymentHash);
    await server.ln.knex('ln_sessions').where({ id: old.id }).update({ last_activity_at: hours(30), topup_payment_request: walletInvoice({ amountSats: 1000, now: hours(30) }) });
    const gone = await request(old.id, old.auth);
    assert.deepEqual([gone.status, gone.body], [410, { error: 'Session expired' }]);
    const ended = await server.http.get(`/api/sessions/${old.id}`);
    assert.deepEqual([ended.body.state, ended.body.balanceSats], ['expired', 1300]);
  });

  test('a paid top-up counts at once: the next request and the next top-up need no getSession first', async () => {
    const { id, auth } = await activeSession(server, 100);
    let last;
    do last = await request(id, auth);
    while (last.status === 200);
    assert.deepEqual([last.status, last.body], [409, { error: 'Session is not active' }]);
    const up = await topup(id, auth, 500);
    await pay(server, up.body.topup.paymentHash);

    const resumed = await request(id, auth);
    assert.equal(resumed.status, 200, JSON.stringify(resumed.body));
    assert.ok(resumed.body.balanceRemaining > 500);
    assert.equal((await topup(id, auth, 200)).status, 200);
    const status = await server.http.get(`/api/sessions/${id}`);
    assert.equal(status.body.state, 'active');
    assert.equal(status.body.balanceSats, resumed.body.balanceRemaining);
    assert.equal(status.body.pendingTopup.amountSats, 200);
  });

  test('concurrent top-ups: one is issued, the others are 409 and issue no invoice', async () => {
    const { id, auth } = await activeSession(server);
    const invoices = countCalls(server.ln.backend, 'createInvoice');
    let results;
    try {
      results = await Promise.all(Array.from({ length: 8 }, () => topup(id, auth, 200)));
    } finally {
      invoices.restore();
    }
    const won = results.filter((r) => r.status === 200);
    assert.equal(won.length, 1, JSON.stringify(results.map((r) => r.status)));
    for (const lost of results.filter((r) => r.status !== 200)) assert.deepEqual([lost.status, lost.body], [409, { error: 'A topup is already pending' }]);
    assert.equal(invoices.count, 1);
    assert.deepEqual((await server.http.get(`/api/sessions/${id}`)).body.pendingTopup, won[0].body.topup);
  });

  test('a top-up whose invoice could not be issued, or whose server died issuing it, does not block the next', async () => {
    const { id, auth } = await activeSession(server);
    failOnce(server.ln.backend, 'createInvoice');
    assert.equal((await topup(id, auth)).status, 500);
    const after = await topup(id, auth);
    assert.equal(after.status, 200, JSON.stringify(after.body));

    const other = await activeSession(server);
    // As if a server had died between taking the top-up slot and issuing its invoice: a recent claim holds the slot,
    // an old one does not.
    await server.ln.knex('ln_sessions').where({ id: other.id }).update({ topup_claim: 'dead', topup_claimed_at: new Date() });
    assert.deepEqual((await topup(other.id, other.auth)).status, 409);
    await server.ln.knex('ln_sessions').where({ id: other.id }).update({ topup_claimed_at: new Date(Date.now() - 10 * 60_000) });
    assert.equal((await topup(other.id, other.auth)).status, 200);
  });

  test('409: awaiting payment or expired', async () => {
    const created = await server.http.post('/api/sessions').send({ amount_sats: 100 });
    const key = (await server.ln.sessions.rootKeyOf(created.body.sessionId))!;
    const m = mintMacaroon({ rootKey: key, identifier: created.body.sessionId, caveats: { session: created.body.sessionId, expires: new Date(Date.now() + 60_000).toISOString() } });
    const res = await topup(created.body.sessionId, { Authorization: `Bearer ${m}` });
    assert.deepEqual([res.status, res.body], [409, { error: 'Session must be active or paused to top up' }]);
  });

  test('409, not 410: a session expired after 24 h without activity cannot be topped up (410 is not a status of topupSession)', async () => {
    const { id, auth } = await activeSession(server);
    await server.ln.knex('ln_sessions').where({ id }).update({ last_activity_at: new Date(Date.now() - 25 * 3_600_000) });
    const res = await topup(id, auth);
    assert.deepEqual([res.status, res.body], [409, { error: 'Session must be active or paused to top up' }]);
    assert.equal((await server.http.get(`/api/sessions/${id}`)).body.state, 'expired');
    assert.equal((await server.ln.knex('ln_sessions').where({ id }).first('topup_payment_hash')).topup_payment_hash, null, 'no invoice was issued');
  });

  test('400, 401, 403, 404, 413, 415, 500', async () => {
    const a = await activeSession(server);
    const b = await activeSession(server);
    const low = await topup(a.id, a.auth, 50);
    assert.deepEqual([low.status, low.body], [400, { error: 'amount_sats must be an integer between 100 and 10000' }]);
    assert.equal((await topup(a.id, {})).status, 401);
    assert.equal((await topup(a.id, b.auth)).status, 403);
    assert.equal((await topup('missing', b.auth)).status, 404);
    assert.equal((await server.http.post(`/api/sessions/${a.id}/topup`).set(a.auth).send({ pad: 'x'.repeat(1_100_000) })).status, 413);
    assert.equal((await server.http.post(`/api/sessions/${a.id}/topup`).set(a.auth).set('Content-Type', 'text/plain').send('1')).status, 415);
    failOnce(server.ln.backend, 'createInvoice');
    const failed = await topup(a.id, a.auth);
    assert.deepEqual([failed.status, failed.body], [500, { error: 'Failed to create topup invoice' }]);
  });
});
