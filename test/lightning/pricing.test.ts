import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { PriceOracle } from '../../src/services/lightning/price-oracle.js';
import { Pricing, usdToSats } from '../../src/services/lightning/pricing.js';

let oracle: Server;
let url: string;
let calls = 0;
let answer: { status: number; body: unknown } = { status: 200, body: { bitcoin: { usd: 80_000 } } };
before(async () => {
  oracle = createServer((_req, res) => {
    calls += 1;
    res.writeHead(answer.status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => oracle.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(oracle.address() as AddressInfo).port}/simple/price`;
});
after(() => new Promise((resolve) => oracle.close(resolve)));

describe('pricing', () => {
  test('sats are rounded up, at least 1', () => {
    assert.equal(usdToSats(0.0000001, 100_000), 1);
    assert.equal(usdToSats(0.01, 100_000), 10);
    assert.equal(usdToSats(0.010001, 100_000), 11);
  });

  test('a quote is (tokens × rates + infra) × (1 + margin), and the actual charge uses the same formula', () => {
    const pricing = new Pricing({ inputUsdPerMTok: 3, outputUsdPerMTok: 15, infraUsdPerRequest: 0.001, marginPct: 20, estimatedOutputTokens: 600 });
    const quote = pricing.quote('x'.repeat(400), 100_000);
    assert.equal(quote.estimatedInputTokens, 300);
    assert.equal(quote.estimatedCostUsd, Math.round(((300 * 3 + 600 * 15) / 1e6 + 0.001) * 1.2 * 1e8) / 1e8);
    assert.equal(quote.amountSats, 14); // 0.01308 USD at 100,000 USD/BTC is 13.08 sats
    const actual = pricing.actual(300, 40, 100_000);
    assert.equal(actual.actualCostUsd, 0.0015);
    assert.equal(actual.actualChargeUsd, 0.003);
    assert.equal(actual.actualAmountSats, 3);
  });
});

describe('price oracle', () => {
  test('without a URL: the fallback, and no request', async () => {
    const before = calls;
    assert.equal(await new PriceOracle({ fallbackUsd: 100_000, cacheMs: 60_000, timeoutMs: 10_000 }).btcUsd(), 100_000);
    assert.equal(calls, before);
  });

  test('with a URL: fetched, cached 60 s, refetched after; the fallback while it fails', async () => {
    answer = { status: 200, body: { bitcoin: { usd: 80_000 } } };
    const o = new PriceOracle({ url, fallbackUsd: 100_000, cacheMs: 60_000, timeoutMs: 10_000 });
    const start = calls;
    assert.equal(await o.btcUsd(1_000_000), 80_000);
    answer = { status: 200, body: { price: 90_000 } };
    assert.equal(await o.btcUsd(1_030_000), 80_000);
    assert.equal(calls, start + 1);
    assert.equal(await o.btcUsd(1_061_000), 90_000);
    answer = { status: 503, body: {} };
    assert.equal(await o.btcUsd(1_200_000), 100_000);
    answer = { status: 200, body: { nothing: true } };
    assert.equal(await o.btcUsd(1_300_000), 100_000);
  });
});
