import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { failOnce, startLightning, type LightningServer } from './support.js';

let server: LightningServer;
let listening: Server;
before(async () => {
  server = await startLightning();
  listening = createServer(server.listener);
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  await new Promise((resolve) => listening.close(resolve));
  await server.close();
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: any };

/**
 * The limit is keyed by client address, and on Postgres its counts are shared by every test on the database:
 * each test calls from a loopback address of its own (any 127.x.y.z reaches a server on 127.0.0.1).
 */
function clientAddress(): string {
  const n = Math.floor(Math.random() * 0xfffffe) + 1;
  return `127.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function demo(from: string, query: string): Promise<Answer> {
  const { port } = listening.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: `/api/demo${query}`, localAddress: from, headers: { 'Content-Type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function assertLimitHeaders(res: Answer, remaining: number) {
  assert.equal(res.headers['x-ratelimit-limit'], '5');
  assert.equal(res.headers['x-ratelimit-remaining'], String(remaining));
  const reset = Number(res.headers['x-ratelimit-reset']);
  // The epoch second the hour-long window ends.
  assert.ok(reset > Date.now() / 1000 && reset <= Date.now() / 1000 + 3601, String(reset));
}

describe('runDemo', () => {
  test('200: the agent answers without payment, with the limit headers', async () => {
    const res = await demo(clientAddress(), '?request=Explain%20a%20Lightning%20invoice');
    assert.equal(res.status, 200);
    assert.match(res.body.result, /not a real LLM.*Explain a Lightning invoice/);
    assertLimitHeaders(res, 4);
  });

  test('429 on the sixth request of the hour, with Retry-After; a missing, empty or over-long request is still 400', async () => {
    const from = clientAddress();
    for (let i = 0; i < 5; i++) assertLimitHeaders(await demo(from, `?request=q${i}`), 4 - i);
    const limited = await demo(from, '?request=again');
    assert.equal(limited.status, 429);
    assert.deepEqual(Object.keys(limited.body), ['error']);
    assertLimitHeaders(limited, 0);
    assert.ok(Number(limited.headers['retry-after']) >= 1);
    for (const query of ['', '?request=', `?request=${'x'.repeat(2001)}`]) {
      const invalid = await demo(from, query);
      assert.equal(invalid.status, 400, query);
      assertLimitHeaders(invalid, 0);
      assert.equal(invalid.headers['retry-after'], undefined);
    }
  });

  test('400: missing, empty or longer than 2,000 characters, with the limit headers', async () => {
    const from = clientAddress();
    const missing = await demo(from, '');
    assert.deepEqual([missing.status, missing.body], [400, { error: "Missing required query parameter 'request'" }]);
    assertLimitHeaders(missing, 4);
    assert.equal((await demo(from, '?request=')).status, 400);
    assert.equal((await demo(from, `?request=${'x'.repeat(2001)}`)).status, 400);
    assert.equal((await demo(from, `?request=${'x'.repeat(2000)}`)).status, 200);
  });

  test('400: an empty or whitespace-only request says it is empty, in the words the body operations use', async () => {
    const from = clientAddress();
    for (const query of ['?request=', '?request=%20%20', '?request=%0A%09']) {
      const res = await demo(from, query);
      assert.deepEqual([res.status, res.body], [400, { error: "query parameter 'request' must not be empty" }], query);
    }
  });

  test('500: the agent fails, with the limit headers', async () => {
    failOnce(server.ln.agent, 'work');
    const res = await demo(clientAddress(), '?request=hello');
    assert.deepEqual([res.status, res.body], [500, { error: 'Agent execution failed' }]);
    assertLimitHeaders(res, 4);
  });

  test('DEMO_RATE_LIMIT_PER_HOUR changes the limit', async () => {
    const other = await startLightning({ DEMO_RATE_LIMIT_PER_HOUR: '2' });
    try {
      const res = await other.http.get('/api/demo?request=hi');
      assert.equal(res.headers['x-ratelimit-limit'], '2');
    } finally {
      await other.close();
    }
  });
});
