import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { schemaErrors } from '../support/spec-validator.js';
import { assertOpaque500, base, failOnce } from './support.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const partner = `${base}/partners/chainabit`;

const chainabit = () =>
  (server.services.partners as unknown as { providers: Map<string, Record<string, (...args: unknown[]) => Promise<unknown>>> }).providers.get('chainabit')!;

/** Holds each call of a partner provider's method until `count` calls are inside it, so they all read the same state. */
function barrier(method: 'refreshToken' | 'claim', count: number) {
  const provider = chainabit();
  const original = provider[method];
  let arrived = 0;
  let release!: () => void;
  const all = new Promise<void>((resolve) => (release = resolve));
  provider[method] = async function (this: unknown, ...args: unknown[]) {
    if (++arrived === count) release();
    await all;
    return original.apply(this, args);
  };
  return () => (provider[method] = original);
}

/** Counts the partner's provision calls, each taking `ms`, as a partner's network round trip would. */
function slowProvision(ms: number) {
  const provider = chainabit();
  const original = provider.provision;
  const calls = { count: 0 };
  provider.provision = async function (this: unknown, ...args: unknown[]) {
    calls.count += 1;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return original.apply(this, args);
  };
  return { calls, restore: () => (provider.provision = original) };
}

async function provision(user: string, body: object = { handle: 'ada' }) {
  return server.http.post(`${partner}/provision`).set(await server.auth(user)).send(body);
}

describe('provisionPartner', () => {
  test('200: provisions a sandbox account once; a second call returns the same account', async () => {
    const user = uniqueUser();
    const first = await provision(user);
    assert.equal(first.status, 200);
    assert.deepEqual(schemaErrors('lenserfight', 'PartnerOpaqueEnvelope', first.body), []);
    assert.equal(first.body.data.environment, 'sandbox');
    assert.equal(first.body.data.provisioned, true);
    assert.equal(first.body.data.balance, 1000);
    const again = await provision(user);
    assert.equal(again.body.data.accountId, first.body.data.accountId);
    assert.equal(again.body.data.provisioned, false);
  });

  test('200: provisions raced by one user ask the partner once, store one account, and only one answer says provisioned', async () => {
    const user = uniqueUser();
    const { calls, restore } = slowProvision(200);
    try {
      const all = await Promise.all(Array.from({ length: 5 }, () => provision(user)));
      assert.deepEqual(all.map((r) => r.status), [200, 200, 200, 200, 200]);
      assert.equal(calls.count, 1);
      assert.equal(new Set(all.map((r) => r.body.data.accountId)).size, 1);
      assert.equal(all.filter((r) => r.body.data.provisioned === true).length, 1);
    } finally {
      restore();
    }
  });

  test('500: the partner failing leaves no claim behind; the next provision asks it again', async () => {
    const user = uniqueUser();
    failOnce(chainabit(), 'provision');
    assertOpaque500(await provision(user));
    assert.equal(await server.db.knex('lf_partner_provisionings').where({ owner_sub: user }).first(), undefined);
    const again = await provision(user);
    assert.equal(again.status, 200);
    assert.equal(again.body.data.provisioned, true);
  });

  test('200: a claim left by a process that died mid-provision is taken over once stale', async () => {
    const user = uniqueUser();
    const gone = { owner_sub: user, partner: 'chainabit', claim_id: randomUUID() };
    await server.db.knex('lf_partner_provisionings').insert({ ...gone, claimed_at: new Date(Date.now() - 60 * 60 * 1000) });
    const res = await provision(user);
    assert.equal(res.status, 200);
    assert.equal(res.body.data.provisioned, true);
    assert.equal(await server.db.knex('lf_partner_provisionings').where({ owner_sub: user }).first(), undefined);
  });

  test('200: a provision waiting on a live claim answers with the account its holder stores', async () => {
    const user = uniqueUser();
    const holder = { owner_sub: user, partner: 'chainabit', claim_id: randomUUID() };
    await server.db.knex('lf_partner_provisionings').insert(holder);
    const { calls, restore } = slowProvision(0);
    try {
      const waiting = provision(user);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stored = await provision(uniqueUser());
      const account = await server.db.knex('lf_partner_accounts').where({ external_account_id: stored.body.data.accountId }).first();
      await server.db.knex('lf_partner_accounts').where({ id: account.id }).update({ owner_sub: user });
      await server.db.knex('lf_partner_provisionings').where(holder).delete();
      const res = await waiting;
      assert.equal(res.status, 200);
      assert.equal(res.body.data.provisioned, false);
      assert.equal(res.body.data.accountId, stored.body.data.accountId);
      assert.equal(calls.count, 1, 'only the other user provisioned at the partner');
    } finally {
      restore();
    }
  });

  test("200: the holder storing its account between a raced call's look and its claim is not asked again (the race flaked)", async () => {
    const user = uniqueUser();
    const service = server.services.partners as unknown as { find: (owner: string, partner: string) => Promise<unknown> };
    const find = service.find;
    let stored: { body: { data: { accountId: string } } } | undefined;
    // The first look finds nothing; before it returns, the holder's account is committed and its claim is gone.
    service.find = async function (this: unknown, owner: string, name: string) {
      service.find = find;
      const none = await find.call(this, owner, name);
      stored = await provision(uniqueUser());
      const knex = server.db.knex;
      await knex('lf_partner_accounts').where({ external_account_id: stored.body.data.accountId }).update({ owner_sub: user });
      return none;
    };
    const { calls, restore } = slowProvision(0);
    try {
      const res = await provision(user);
      assert.equal(res.status, 200, res.text);
      assert.equal(calls.count, 1, 'only the holder asked the partner');
      assert.deepEqual([res.body.data.provisioned, res.body.data.accountId], [false, stored!.body.data.accountId]);
      assert.equal(await server.db.knex('lf_partner_provisionings').where({ owner_sub: user }).first(), undefined, 'the claim is given back');
    } finally {
      service.find = find;
      restore();
    }
  });

  test('400: an invalid handle', async () => {
    const res = await provision(uniqueUser(), { handle: 'no spaces allowed' });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'validation_failed');
  });

  test('400: a body nested 20,000 levels deep is refused where it nests too deep (it overflowed the stack: a 500)', async () => {
    const res = await server.http
      .post(`${partner}/provision`)
      .set(await server.auth(uniqueUser()))
      .set('Content-Type', 'application/json')
      .send(`${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`);
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', res.body), []);
    assert.equal(res.body.error.details.errors[0].path, `${'/a'.repeat(64)}`);
  });

  test('404: an unregistered partner', async () => {
    const res = await server.http.post(`${base}/partners/acme/provision`).set(await server.auth(uniqueUser())).send({});
    assert.equal(res.status, 404);
    assert.match(res.body.error.message, /acme is not registered/);
  });

  test('401: no token', async () => {
    assert.equal((await server.http.post(`${partner}/provision`).send({})).status, 401);
  });

  test('500: opaque', async () => {
    failOnce(server.services.partners, 'provision');
    assertOpaque500(await provision(uniqueUser()));
  });
});

describe('partner payload validation', () => {
  test('400: each refused partner field is named in details.errors, as in every other validation_failed of the API', async () => {
    const user = uniqueUser();
    const auth = await server.auth(user);
    const refused = [
      { path: '/handle', res: await provision(user, { handle: 'no spaces allowed' }) },
      { path: '/refreshToken', res: await (await provision(user), server.http.post(`${partner}/refresh-token`).set(auth).send({ refreshToken: 7 })) },
      { path: '/amount', res: await server.http.post(`${partner}/send-claim`).set(auth).send({ amount: 1.5 }) },
      { path: '/claimType', res: await server.http.post(`${partner}/send-claim`).set(auth).send({ amount: 1, claimType: 'gift' }) },
    ];
    for (const { path, res } of refused) {
      assert.equal(res.status, 400, res.text);
      assert.equal(res.body.error.code, 'validation_failed');
      assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', res.body), []);
      assert.deepEqual(
        res.body.error.details.errors.map((e: { location: string; path: string }) => [e.location, e.path]),
        [['body', path]],
        res.text,
      );
    }
  });
});

describe('getPartnerBalance', () => {
  test('200: the balance of the caller’s own account', async () => {
    const user = uniqueUser();
    await provision(user);
    const res = await server.http.get(`${partner}/balance`).set(await server.auth(user));
    assert.equal(res.status, 200);
    assert.equal(res.body.data.balance, 1000);
    assert.equal(res.body.data.currency, 'CBT');
  });

  test('404: not provisioned for this user (another user’s account does not count)', async () => {
    await provision(uniqueUser('owner'));
    const res = await server.http.get(`${partner}/balance`).set(await server.auth(uniqueUser('other')));
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, 'partner_not_provisioned');
  });

  test('401: no token', async () => {
    assert.equal((await server.http.get(`${partner}/balance`)).status, 401);
  });

  test('500: opaque', async () => {
    failOnce(server.services.partners, 'balance');
    assertOpaque500(await server.http.get(`${partner}/balance`).set(await server.auth(uniqueUser())));
  });
});

describe('refreshPartnerToken', () => {
  test('200: rotates the token pair; the old refresh token stops working', async () => {
    const user = uniqueUser();
    const account = (await provision(user)).body.data;
    const res = await server.http.post(`${partner}/refresh-token`).set(await server.auth(user)).send({ refreshToken: account.refreshToken });
    assert.equal(res.status, 200);
    assert.notEqual(res.body.data.accessToken, account.accessToken);
    assert.notEqual(res.body.data.refreshToken, account.refreshToken);
    const reuse = await server.http.post(`${partner}/refresh-token`).set(await server.auth(user)).send({ refreshToken: account.refreshToken });
    assert.equal(reuse.status, 400);
    assert.equal(reuse.body.error.code, 'invalid_refresh_token');
  });

  test('200 once: the same refresh token raced; the others get the 400 a later reuse gets, never an undeclared status', async () => {
    const user = uniqueUser();
    const account = (await provision(user)).body.data;
    const restore = barrier('refreshToken', 5);
    try {
      const auth = await server.auth(user);
      const all = await Promise.all(Array.from({ length: 5 }, () => server.http.post(`${partner}/refresh-token`).set(auth).send({ refreshToken: account.refreshToken })));
      assert.deepEqual(all.map((r) => r.status).sort(), [200, 400, 400, 400, 400]);
      for (const r of all.filter((x) => x.status === 400)) assert.equal(r.body.error.code, 'invalid_refresh_token');
      const winner = all.find((r) => r.status === 200)!;
      const balance = await server.http.post(`${partner}/refresh-token`).set(auth).send({ refreshToken: winner.body.data.refreshToken });
      assert.equal(balance.status, 200, 'the winner\'s token is the current one');
    } finally {
      restore();
    }
  });

  test('400: refreshToken is required', async () => {
    const user = uniqueUser();
    await provision(user);
    const res = await server.http.post(`${partner}/refresh-token`).set(await server.auth(user)).send({});
    assert.equal(res.status, 400);
  });

  test('404: not provisioned', async () => {
    const res = await server.http.post(`${partner}/refresh-token`).set(await server.auth(uniqueUser())).send({ refreshToken: 'x' });
    assert.equal(res.status, 404);
  });

  test('401: no token', async () => {
    assert.equal((await server.http.post(`${partner}/refresh-token`).send({})).status, 401);
  });

  test('500: opaque', async () => {
    failOnce(server.services.partners, 'refreshToken');
    assertOpaque500(await server.http.post(`${partner}/refresh-token`).set(await server.auth(uniqueUser())).send({}));
  });
});

describe('sendPartnerClaim', () => {
  test('200: records the claim and credits the balance', async () => {
    const user = uniqueUser();
    await provision(user);
    const res = await server.http.post(`${partner}/send-claim`).set(await server.auth(user)).send({ amount: 250, claimType: 'bounty' });
    assert.equal(res.status, 200);
    assert.equal(res.body.data.status, 'accepted');
    assert.equal(res.body.data.balance, 1250);
    const stored = await server.db.knex('lf_partner_claims').where({ id: res.body.data.claimId }).first();
    assert.equal(Number(stored.amount), 250);
    const balance = await server.http.get(`${partner}/balance`).set(await server.auth(user));
    assert.equal(balance.body.data.balance, 1250);
  });

  test('400: amount must be a positive integer; nothing is recorded', async () => {
    const user = uniqueUser();
    await provision(user);
    for (const amount of [0, -5, 1.5, 'ten']) {
      const res = await server.http.post(`${partner}/send-claim`).set(await server.auth(user)).send({ amount });
      assert.equal(res.status, 400, String(amount));
    }
    const balance = await server.http.get(`${partner}/balance`).set(await server.auth(user));
    assert.equal(balance.body.data.balance, 1000);
  });

  const claim = async (user: string, body: object, key?: string) => {
    const req = server.http.post(`${partner}/send-claim`).set(await server.auth(user));
    return key === undefined ? req.send(body) : req.set('Idempotency-Key', key).send(body);
  };
  const claimRows = async (claimId: string) => {
    const { account_id } = await server.db.knex('lf_partner_claims').where({ id: claimId }).first();
    return server.db.knex('lf_partner_claims').where({ account_id });
  };

  test('200 once: a retry with the same Idempotency-Key and body answers the first answer and credits nothing', async () => {
    const user = uniqueUser();
    await provision(user);
    const key = randomUUID();
    const first = await claim(user, { amount: 250, claimType: 'bounty' }, key);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    await claim(user, { amount: 5 }); // another claim between the two: the replay still says the balance it said
    // Key order and whitespace do not make another body.
    const retry = await server.http
      .post(`${partner}/send-claim`)
      .set(await server.auth(user))
      .set('Idempotency-Key', key)
      .set('Content-Type', 'application/json')
      .send('{ "claimType": "bounty",  "amount": 250 }');
    assert.equal(retry.status, 200, retry.text);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.deepEqual(schemaErrors('lenserfight', 'PartnerOpaqueEnvelope', retry.body), []);
    assert.deepEqual(retry.body.data, first.body.data);
    assert.equal(retry.body.data.balance, 1250);
    assert.equal((await claimRows(first.body.data.claimId)).length, 2);
    const balance = await server.http.get(`${partner}/balance`).set(await server.auth(user));
    assert.equal(balance.body.data.balance, 1255);
  });

  test('200 once: concurrent requests with one Idempotency-Key credit once; the others replay its answer', async () => {
    const user = uniqueUser();
    await provision(user);
    const key = randomUUID();
    // All five pass the look for a stored key before any of them credits, as retries sent at once do.
    const restore = barrier('claim', 5);
    try {
      const all = await Promise.all(Array.from({ length: 5 }, () => claim(user, { amount: 40 }, key)));
      assert.deepEqual(all.map((r) => r.status), [200, 200, 200, 200, 200], all.map((r) => r.text).join('\n'));
      assert.equal(new Set(all.map((r) => r.body.data.claimId)).size, 1);
      assert.deepEqual(all.map((r) => r.body.data.balance), [1040, 1040, 1040, 1040, 1040]);
      assert.equal(all.filter((r) => r.headers['idempotent-replayed'] === 'true').length, 4);
      assert.equal((await claimRows(all[0].body.data.claimId)).length, 1);
      const balance = await server.http.get(`${partner}/balance`).set(await server.auth(user));
      assert.equal(balance.body.data.balance, 1040);
    } finally {
      restore();
    }
  });

  test('422 idempotency_key_reused: the same Idempotency-Key with another body, raced or not; nothing is credited', async () => {
    const user = uniqueUser();
    await provision(user);
    const key = randomUUID();
    assert.equal((await claim(user, { amount: 10 }, key)).status, 200);
    const reused = await claim(user, { amount: 11 }, key);
    assert.equal(reused.status, 422, reused.text);
    assert.equal(reused.body.error.code, 'idempotency_key_reused');
    assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', reused.body), []);
    const raced = randomUUID();
    const restore = barrier('claim', 2);
    try {
      const both = await Promise.all([claim(user, { amount: 20 }, raced), claim(user, { amount: 30 }, raced)]);
      assert.deepEqual(both.map((r) => r.status).sort(), [200, 422]);
    } finally {
      restore();
    }
    const balance = await server.http.get(`${partner}/balance`).set(await server.auth(user));
    assert.ok([1030, 1040].includes(balance.body.data.balance), String(balance.body.data.balance));
  });

  test('200: an Idempotency-Key is per caller, kept only by a credited claim, and new again after 24 hours', async () => {
    const [ada, bob] = [uniqueUser(), uniqueUser()];
    await provision(ada);
    await provision(bob);
    const key = randomUUID();
    assert.equal((await claim(ada, { amount: 1.5 }, key)).status, 400, 'a refused claim does not keep the key');
    const first = await claim(ada, { amount: 7 }, key);
    assert.equal(first.status, 200);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    const other = await claim(bob, { amount: 8 }, key);
    assert.equal(other.status, 200);
    assert.notEqual(other.body.data.claimId, first.body.data.claimId);
    assert.equal(other.body.data.balance, 1008);
    await server.db.knex('lf_partner_claim_keys').where({ owner_sub: ada, key }).update({ created_at: new Date(Date.now() - 25 * 60 * 60 * 1000) });
    const later = await claim(ada, { amount: 9 }, key);
    assert.equal(later.status, 200, later.text);
    assert.equal(later.headers['idempotent-replayed'], undefined);
    assert.equal(later.body.data.balance, 1016);
  });

  test('400: an Idempotency-Key of more than 255 characters; nothing is credited', async () => {
    const user = uniqueUser();
    await provision(user);
    const res = await claim(user, { amount: 3 }, 'k'.repeat(256));
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.error.code, 'validation_failed');
    assert.equal((await claim(user, { amount: 3 }, 'k'.repeat(255))).body.data.balance, 1003);
  });

  test('400: an Idempotency-Key sent twice (joined as "k, k") or with a comma; it was taken for a new key and credited again', async () => {
    const user = uniqueUser();
    await provision(user);
    const key = randomUUID();
    assert.equal((await claim(user, { amount: 4 }, key)).status, 200);
    // What a retry layer that adds the header again sends: two header lines, which the server reads as "k, k".
    const twice = await server.http
      .post(`${partner}/send-claim`)
      .set({ ...(await server.auth(user)), 'Idempotency-Key': [key, key] })
      .send({ amount: 4 });
    assert.equal(twice.status, 400, twice.text);
    assert.equal(twice.body.error.code, 'validation_failed');
    assert.deepEqual(twice.body.error.details.errors.map((e: { location: string; path: string }) => [e.location, e.path]), [['header', '/Idempotency-Key']]);
    assert.equal((await claim(user, { amount: 4 }, 'a,b')).status, 400);
    const balance = await server.http.get(`${partner}/balance`).set(await server.auth(user));
    assert.equal(balance.body.data.balance, 1004);
  });

  test('404: not provisioned', async () => {
    const res = await server.http.post(`${partner}/send-claim`).set(await server.auth(uniqueUser())).send({ amount: 1 });
    assert.equal(res.status, 404);
  });

  test('401: no token', async () => {
    assert.equal((await server.http.post(`${partner}/send-claim`).send({ amount: 1 })).status, 401);
  });

  test('500: opaque', async () => {
    failOnce(server.services.partners, 'sendClaim');
    assertOpaque500(await server.http.post(`${partner}/send-claim`).set(await server.auth(uniqueUser())).send({ amount: 1 }));
  });
});
