import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import supertest from 'supertest';
import type { ApiPlugin } from '../../src/core/api-plugin.js';
import { createApiHost } from '../../src/core/api-host.js';
import { HttpError } from '../../src/core/http-error.js';
import { clientAddressResolver } from '../../src/core/client-address.js';
import { createLogger } from '../../src/core/logger.js';
import { createRateLimitStore, type RateLimitStoreOptions } from '../../src/core/rate-limit-store.js';
import type { SecurityHandler } from '../../src/core/security.js';
import { createKnex } from '../../src/db/knex.js';
import { repoRoot } from '../../src/paths.js';

// A fixture API that exists only in test/: the five real APIs do not all implement their limited operations yet.
const specFile = join(repoRoot, 'test', 'fixtures', 'rate-limited', 'openapi.json');

const user: SecurityHandler = (req, _scheme, name) => {
  const subject = req.headers['x-user'];
  if (typeof subject !== 'string' || subject === '') throw new HttpError(401, 'unauthorized', 'X-User is missing');
  return { subject, scheme: name, claims: {} };
};

function fixturePlugin(overrides?: ApiPlugin['rateLimitOverrides']): ApiPlugin {
  return {
    slug: 'fixture',
    specFile,
    handlers: {
      getThing: async ({ params }: { params: { id: number } }) => {
        if (params.id !== 1) throw new HttpError(404, 'not_found', 'No such thing');
        return { status: 200, body: { id: 1 } };
      },
      submit: async () => ({ status: 202, body: { id: 1 } }),
      demo: async () => ({ status: 200, body: { id: 1 } }),
      byTenant: async () => ({ status: 200, body: { id: 1 } }),
    },
    renderError: (error) => ({ problem: error.message, status: error.status }),
    security: { user },
    rateLimitOverrides: overrides,
  };
}

async function fixtureHttp(store: RateLimitStoreOptions = { kind: 'memory' }, overrides?: ApiPlugin['rateLimitOverrides'], trustProxy?: string) {
  const host = await createApiHost([{ plugin: fixturePlugin(overrides) }], {
    logger: createLogger('silent'),
    validateResponses: true,
    bodyLimitBytes: 1024,
    sseKeepAliveMs: 15_000,
    prefixed: false,
    rateLimitStore: createRateLimitStore(store),
    clientAddress: clientAddressResolver(trustProxy),
  });
  return supertest(host.listener);
}

const rateHeaders = (res: { headers: Record<string, string> }) => ({
  limit: Number(res.headers['x-ratelimit-limit']),
  remaining: Number(res.headers['x-ratelimit-remaining']),
  reset: Number(res.headers['x-ratelimit-reset']),
});

describe('rate limits declared with x-rate-limit', () => {
  test('2xx, 4xx and 429 all carry X-RateLimit-*; the 429 adds Retry-After in the API envelope', async () => {
    const http = await fixtureHttp();
    const subject = randomUUID();
    const ok = await http.get('/things/1').set('X-User', subject);
    assert.equal(ok.status, 200);
    assert.deepEqual(rateHeaders(ok), { limit: 5, remaining: 4, reset: 60 });
    assert.equal(ok.headers['retry-after'], undefined);

    const notFound = await http.get('/things/2').set('X-User', subject);
    assert.equal(notFound.status, 404);
    assert.equal(rateHeaders(notFound).remaining, 3);
    const invalid = await http.get('/things/abc').set('X-User', subject);
    assert.equal(invalid.status, 400);
    assert.equal(rateHeaders(invalid).remaining, 2);

    await http.get('/things/1').set('X-User', subject);
    await http.get('/things/1').set('X-User', subject);
    const limited = await http.get('/things/1').set('X-User', subject);
    assert.equal(limited.status, 429);
    assert.deepEqual(limited.body, { problem: 'Rate limit of 5 requests per 60 s exceeded', status: 429 });
    assert.equal(rateHeaders(limited).remaining, 0);
    assert.ok(rateHeaders(limited).reset > 0 && rateHeaders(limited).reset <= 60);
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);

    const other = await http.get('/things/1').set('X-User', randomUUID());
    assert.equal(other.status, 200, 'another subject has its own count');
  });

  test('two rules on one operation both count; the headers report the one with fewer requests remaining', async () => {
    const http = await fixtureHttp();
    const subject = randomUUID();
    const first = await http.post('/submit').set('X-User', subject).send({});
    assert.equal(first.status, 202);
    // user: 5 → 4 left; submissions: 2 → 1 left. The submissions rule is tighter.
    assert.deepEqual(rateHeaders(first), { limit: 2, remaining: 1, reset: 60 });
    await http.get('/things/1').set('X-User', subject);
    await http.get('/things/1').set('X-User', subject);
    // user: 2 left before this request; submissions: 1 left. After it: user 1, submissions 0 → submissions.
    const second = await http.post('/submit').set('X-User', subject).send({});
    assert.equal(second.status, 202);
    assert.deepEqual(rateHeaders(second), { limit: 2, remaining: 0, reset: 60 });
    // The submission counted against the per-user rule too: one request left there.
    const read = await http.get('/things/1').set('X-User', subject);
    assert.deepEqual(rateHeaders(read), { limit: 5, remaining: 0, reset: 60 });
    const third = await http.post('/submit').set('X-User', subject).send({});
    assert.equal(third.status, 429);
    assert.ok(Number(third.headers['retry-after']) >= 1);
  });

  test('a framework 4xx (415, malformed JSON, 401) keeps the headers', async () => {
    const http = await fixtureHttp();
    const subject = randomUUID();
    const form = await http.post('/submit').set('X-User', subject).type('form').send('a=1');
    assert.equal(form.status, 415);
    assert.equal(rateHeaders(form).limit, 2);
    const malformed = await http.post('/submit').set('X-User', subject).set('Content-Type', 'application/json').send('{"a":');
    assert.equal(malformed.status, 400);
    assert.equal(rateHeaders(malformed).remaining, 0);
    const anonymous = await http.get('/things/1');
    assert.equal(anonymous.status, 401);
    assert.equal(rateHeaders(anonymous).limit, 5, 'a failed authentication counts against the client address');
  });

  test('an IP-keyed rule with an epoch reset (Lightning style)', async () => {
    const http = await fixtureHttp();
    const before = Math.floor(Date.now() / 1000);
    const first = await http.get('/demo');
    // The window opened between the two readings of the clock, which may fall in different seconds.
    const after = Math.ceil(Date.now() / 1000);
    assert.equal(first.status, 200);
    const { limit, remaining, reset } = rateHeaders(first);
    assert.deepEqual({ limit, remaining }, { limit: 2, remaining: 1 });
    assert.ok(reset >= before + 3600 && reset <= after + 3600, `reset ${reset} is the epoch second the window ends (${before}..${after} + 3600)`);
    // Different users from one address share the IP's count.
    assert.equal((await http.get('/demo').set('X-User', 'someone')).status, 200);
    const limited = await http.get('/demo');
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers['retry-after']) > 3500);
    assert.ok(rateHeaders(limited).reset >= before + 3599);
  });

  test('an IP-keyed rule ignores X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    const untrusting = await fixtureHttp();
    await untrusting.get('/demo').set('X-Forwarded-For', '203.0.113.1');
    await untrusting.get('/demo').set('X-Forwarded-For', '203.0.113.2');
    assert.equal((await untrusting.get('/demo').set('X-Forwarded-For', '203.0.113.3')).status, 429, 'a forged header must not buy more requests');

    // Behind a balancer on loopback: each forwarded client has its own count, and the balancer's address none.
    const behindProxy = await fixtureHttp(undefined, undefined, 'loopback');
    for (const client of ['198.51.100.7', '198.51.100.8']) {
      assert.equal((await behindProxy.get('/demo').set('X-Forwarded-For', client)).status, 200);
      assert.equal((await behindProxy.get('/demo').set('X-Forwarded-For', client)).status, 200);
      assert.equal((await behindProxy.get('/demo').set('X-Forwarded-For', client)).status, 429);
    }
    // A client cannot prepend its own entry: only the hop the trusted proxy added counts.
    const spoofed = await behindProxy.get('/demo').set('X-Forwarded-For', '10.9.9.9, 198.51.100.7');
    assert.equal(spoofed.status, 429);
  });

  test('TRUST_PROXY: a hop count, true, and an invalid list refused at start-up', () => {
    const req = (forwarded: string) => ({ headers: { 'x-forwarded-for': forwarded }, socket: { remoteAddress: '127.0.0.1' }, connection: { remoteAddress: '127.0.0.1' } }) as never;
    assert.equal(clientAddressResolver(undefined)(req('1.1.1.1, 2.2.2.2')), '127.0.0.1');
    assert.equal(clientAddressResolver('1')(req('1.1.1.1, 2.2.2.2')), '2.2.2.2');
    assert.equal(clientAddressResolver('2')(req('1.1.1.1, 2.2.2.2')), '1.1.1.1');
    assert.equal(clientAddressResolver('true')(req('1.1.1.1, 2.2.2.2')), '1.1.1.1');
    assert.equal(clientAddressResolver('10.0.0.0/8, loopback')(req('1.1.1.1, 10.1.2.3')), '1.1.1.1');
    assert.throws(() => clientAddressResolver('not-an-address'));
  });

  test('a header-keyed rule counts per header value', async () => {
    const http = await fixtureHttp();
    const tenant = randomUUID();
    assert.equal((await http.get('/by-tenant').set('X-Tenant', tenant)).status, 200);
    assert.equal((await http.get('/by-tenant').set('X-Tenant', tenant)).status, 429);
    assert.equal((await http.get('/by-tenant').set('X-Tenant', randomUUID())).status, 200);
  });

  test('a module overrides the spec numbers by rule name', async () => {
    const http = await fixtureHttp({ kind: 'memory' }, { submissions: { limit: 7 } });
    const res = await http.post('/submit').set('X-User', randomUUID()).send({});
    assert.equal(rateHeaders(res).limit, 5, 'user (4 left) is tighter than submissions (6 left)');
    assert.equal(rateHeaders(res).remaining, 4);
  });

  test('two servers in one process keep separate memory counts', async () => {
    const [a, b] = [await fixtureHttp(), await fixtureHttp()];
    const subject = randomUUID();
    await a.post('/submit').set('X-User', subject).send({});
    await a.post('/submit').set('X-User', subject).send({});
    assert.equal((await a.post('/submit').set('X-User', subject).send({})).status, 429);
    assert.equal((await b.post('/submit').set('X-User', subject).send({})).status, 202);
  });
});

describe('rate limits on Postgres', { skip: !process.env.DATABASE_URL && 'needs DATABASE_URL' }, () => {
  const clients = [createKnex(process.env.DATABASE_URL ?? 'postgres://unused', 2), createKnex(process.env.DATABASE_URL ?? 'postgres://unused', 2)];
  after(() => Promise.all(clients.map((k) => k.destroy())));

  test('two runtimes with their own connections share one count, as two processes would', async () => {
    const [a, b] = await Promise.all(clients.map((knex) => fixtureHttp({ kind: 'postgres', knex })));
    const subject = randomUUID();
    const first = await a.post('/submit').set('X-User', subject).send({});
    assert.equal(first.status, 202);
    assert.equal(rateHeaders(first).remaining, 1);
    const second = await b.post('/submit').set('X-User', subject).send({});
    assert.equal(second.status, 202);
    assert.equal(rateHeaders(second).remaining, 0, 'the other server saw the first request');
    const third = await a.post('/submit').set('X-User', subject).send({});
    assert.equal(third.status, 429);
    assert.ok(Number(third.headers['retry-after']) >= 1);
  });
});

describe('omitted operations', () => {
  test('an operation a plugin omits is answered 404 like an unknown path, in the API envelope', async () => {
    const host = await createApiHost([{ plugin: { ...fixturePlugin(), omitOperations: ['getThing'] } }], {
      logger: createLogger('silent'),
      validateResponses: true,
      bodyLimitBytes: 1024,
      sseKeepAliveMs: 15_000,
      prefixed: false,
    });
    const res = await supertest(host.listener).get('/things/1');
    assert.equal(res.status, 404);
    assert.match(res.body.problem, /^No route for GET/);
    assert.equal((await supertest(host.listener).get('/demo')).status, 200);
  });
});

describe('validation before the limit', () => {
  test('a request over its limit with an invalid parameter is told its 400 (with the headers), a valid one its 429', async () => {
    const http = await fixtureHttp();
    const subject = randomUUID();
    for (let i = 0; i < 5; i++) assert.equal((await http.get('/things/1').set('X-User', subject)).status, 200);
    const invalid = await http.get('/things/abc').set('X-User', subject);
    assert.equal(invalid.status, 400);
    assert.equal(rateHeaders(invalid).remaining, 0);
    assert.equal(invalid.headers['retry-after'], undefined);
    const limited = await http.get('/things/1').set('X-User', subject);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers['retry-after']) >= 1);
  });
});
