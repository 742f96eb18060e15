import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openDatabase, type Database } from '../../src/db/database.js';
import { DestinationGuard } from '../../src/core/webhooks/destination-guard.js';
import { sendWebhook } from '../../src/core/webhooks/webhook-sender.js';
import { startDelivery, toyProfile, uniqueApi } from '../support/webhook-harness.js';
import { startReceiver } from '../support/webhook-receiver.js';
import { waitFor } from '../support/wait.js';

let db: Database;
before(async () => {
  db = await openDatabase({ url: process.env.DATABASE_URL, dataDir: null });
});
after(() => db.close());

/** Queues one delivery with a single attempt allowed and waits for its outcome. */
async function deliverOnce(url: (receiverUrl: string, port: number) => string, allowHosts: string[], answer?: Parameters<typeof startReceiver>[0]) {
  const receiver = await startReceiver(answer);
  const api = uniqueApi('ssrf');
  const harness = await startDelivery(db, toyProfile(api, { retry: { maxAttempts: 1 } }), { allowHosts });
  try {
    const queued = await harness.delivery.enqueue(db.knex, { api, url: url(receiver.url, receiver.port), event: 'thing.happened', payload: { id: 's', count: 1 } });
    const row = await waitFor(async () => {
      const r = await harness.delivery.store.get(queued.deliveryId);
      return r?.status !== 'pending' && r;
    });
    return { row, attempts: await harness.delivery.store.attempts(queued.deliveryId), receiver };
  } finally {
    await harness.stop();
    await receiver.close();
  }
}

describe('webhook destinations (SSRF)', () => {
  test('a loopback address that is not allow-listed is refused without any connection', async () => {
    const { row, attempts, receiver } = await deliverOnce((url) => url, []);
    assert.equal(row.status, 'failed');
    assert.equal(attempts.length, 1);
    assert.equal(attempts[0].status_code, null);
    assert.match(attempts[0].error ?? '', /127\.0\.0\.1.*is not allowed/);
    assert.equal(receiver.connections, 0);
  });

  test('a host name that resolves to loopback is refused after DNS, without any connection', async () => {
    const { row, attempts, receiver } = await deliverOnce((_url, port) => `http://localhost:${port}/hook`, ['127.0.0.1']);
    assert.equal(row.status, 'failed');
    assert.match(attempts[0].error ?? '', /host:localhost\) is not allowed/);
    assert.equal(receiver.connections, 0);
  });

  test('the allow-list is by host: the same receiver allow-listed by name is reached', async () => {
    const { row, receiver } = await deliverOnce((_url, port) => `http://LocalHost:${port}/hook`, ['localhost']);
    assert.equal(row.status, 'delivered');
    assert.equal(receiver.requests.length, 1);
  });

  test('a redirect is not followed: the 3xx is a failed attempt and the Location is never requested', async () => {
    const { row, attempts, receiver } = await deliverOnce((url) => `${url}/hook`, ['127.0.0.1'], () => ({ status: 302, headers: { Location: '/elsewhere' } }));
    assert.equal(row.status, 'failed');
    assert.equal(row.last_status_code, 302);
    assert.equal(attempts[0].error, 'redirect to /elsewhere not followed');
    assert.deepEqual(receiver.requests.map((r) => r.path), ['/hook']);
  });

  test('other spellings of this machine are refused too: another loopback, IPv6 loopback, IPv4-mapped, 0.0.0.0', async () => {
    const receiver = await startReceiver();
    const guard = new DestinationGuard(['127.0.0.1']);
    try {
      for (const host of ['127.0.0.2', '[::1]', '[::ffff:127.0.0.1]', '0.0.0.0']) {
        const url = guard.parse(`http://${host}:${receiver.port}/`);
        const result = await sendWebhook({ url, body: '{}', headers: {}, agent: guard.agentFor(url), timeoutMs: 2_000 });
        assert.equal(result.statusCode, null, host);
        assert.match(result.error ?? '', /is not allowed/, host);
      }
      assert.equal(receiver.connections, 0);
    } finally {
      await receiver.close();
    }
  });
});

describe('checking a destination when it is submitted', () => {
  const guard = new DestinationGuard(['hooks.allowed.test', '127.0.0.2']);

  test('loopback, private, link-local and CGNAT addresses are refused with a 400 naming the range', async () => {
    for (const url of ['http://127.0.0.1/hook', 'http://10.1.2.3/', 'http://169.254.169.254/latest/meta-data', 'http://100.64.0.1/', 'http://[::1]/', 'http://[fd00:ec2::254]/']) {
      await assert.rejects(guard.check(url), (err: { status: number; details: { range: string } }) => err.status === 400 && err.details.range !== 'unicast', url);
    }
  });

  test('a name resolving to loopback is refused after DNS', async () => {
    await assert.rejects(guard.check('http://localhost:9/hook'), /resolves to a loopback address/);
  });

  test('a name that does not resolve now passes: each attempt resolves it again, and the agent refuses a forbidden address then', async () => {
    assert.equal((await guard.check('https://hooks.example.invalid/hook')).hostname, 'hooks.example.invalid');
  });

  test('a name whose lookup does not answer within the time allowed passes, as one that does not resolve', async () => {
    const stalled = new DestinationGuard([], { lookup: () => new Promise(() => {}), lookupTimeoutMs: 50 });
    // A lookup that never answers: without the time limit this check would never return.
    assert.equal((await stalled.check('https://slow-dns.example/hook')).hostname, 'slow-dns.example');
    const late = new DestinationGuard([], { lookup: () => new Promise((resolve) => setTimeout(resolve, 200, [{ address: '127.0.0.1' }])), lookupTimeoutMs: 5_000 });
    await assert.rejects(late.check('https://slow-but-loopback.example/hook'), /resolves to a loopback address/);
  });

  test('a public address passes, and so does an allow-listed host, which is not even resolved', async () => {
    assert.equal((await guard.check('https://93.184.215.14/hook')).hostname, '93.184.215.14');
    assert.equal((await guard.check('http://127.0.0.2:8080/hook')).port, '8080');
    assert.equal((await guard.check('https://HOOKS.allowed.test/x')).hostname, 'hooks.allowed.test');
  });

  test('a URL that is not http(s) is refused before any lookup', async () => {
    await assert.rejects(guard.check('ftp://93.184.215.14/'), /must be http or https/);
  });
});
