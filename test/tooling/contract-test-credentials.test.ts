import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { Credentials } from '../../scripts/contract-test/credentials.js';
import { OperationCases } from '../../scripts/contract-test/operation-cases.js';
import { runContractTest, type Report } from '../../scripts/contract-test/runner.js';
import { ValuePool } from '../../scripts/contract-test/value-pool.js';
import { loadSpecDocument } from '../../src/core/spec-loader.js';
import type { OperationDef } from '../../src/core/spec-loader.js';
import { contractRunOptions } from '../support/contract-run-options.js';

const op = (security: OperationDef['security']): OperationDef => ({ operationId: 'op', method: 'GET', path: '/x', parameters: [], responses: { '200': {} }, security });
const schemes = { bearer: { type: 'http', scheme: 'bearer' }, secret: { type: 'apiKey', in: 'header', name: 'X-Webhook-Secret' } };
const auth = new Credentials({ Authorization: 'Bearer t' });
const names = (o: OperationDef) => {
  const cases = new OperationCases(o, new ValuePool(), auth, schemes);
  return cases.mutations(cases.exampleCase()).map((m) => m.name);
};

test('"no credentials" is a mutation only where the credentials the tester sends are what the operation reads', () => {
  assert.ok(names(op([{ bearer: [] }])).includes('no credentials'));
  // An API key the tester never sends (HyperShift's X-Webhook-Secret, enforced only when configured): not its to remove.
  assert.ok(!names(op([{ secret: [] }])).includes('no credentials'));
  assert.ok(!names(op([{ bearer: [] }, {}])).includes('no credentials'));
});

/** An API keyed by `X-Api-Key` whose logout revokes the key it is called with; GET /things/{n} fails above 50. */
const keyed = {
  openapi: '3.1.0',
  info: { title: 'Keyed', version: '1' },
  components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } } },
  security: [{ key: [] }],
  paths: {
    '/logout': { post: { operationId: 'logout', responses: { '204': { description: 'out' }, '401': { description: 'no' } } } },
    '/things/{n}': {
      get: {
        operationId: 'getThing',
        parameters: [{ name: 'n', in: 'path', required: true, schema: { type: 'integer', minimum: 0, maximum: 100 } }],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } },
          '400': { description: 'bad' },
          '401': { description: 'no' },
        },
      },
    },
  },
};

async function keyedServer(valid: Set<string>): Promise<{ baseUrl: string; close: () => void }> {
  const server = createServer((req, res) => {
    const key = String(req.headers['x-api-key'] ?? '');
    const answer = (status: number, body?: unknown) => {
      res.writeHead(status, body === undefined ? {} : { 'Content-Type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (!valid.has(key)) return answer(401);
    if (req.url === '/logout') {
      valid.delete(key);
      return answer(204);
    }
    const n = Number(/^\/things\/(.*)$/.exec(req.url ?? '')?.[1]);
    if (!Number.isInteger(n) || n < 0 || n > 100) return answer(400);
    answer(n > 50 ? 500 : 200, { n });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

const run = async (baseUrl: string, credentials: Credentials, include?: RegExp) =>
  runContractTest(await loadSpecDocument(structuredClone(keyed)), contractRunOptions(baseUrl, { credentials, include, maxRequests: 120 }));
const resultOf = (report: Report, operationId: string) => report.operations.find((o) => o.operationId === operationId)?.result;

test('an operation that refuses every request sent with the credentials is reported "credentials refused", not checked', async () => {
  const server = await keyedServer(new Set(['good']));
  try {
    assert.equal(resultOf(await run(server.baseUrl, new Credentials({ 'X-Api-Key': 'wrong' }), /getThing/), 'getThing'), 'credentials refused');
    assert.equal(resultOf(await run(server.baseUrl, new Credentials(), /getThing/), 'getThing'), 'credentials refused', 'none given at all');
    assert.equal(resultOf(await run(server.baseUrl, new Credentials({ 'X-Api-Key': 'good' }), /getThing/), 'getThing'), 'checked');
  } finally {
    server.close();
  }
});

test('credentials a tested logout revoked are renewed when the tester can mint them, so later operations are still tested signed in', async () => {
  const valid = new Set<string>();
  const server = await keyedServer(valid);
  let minted = 0;
  const mint = async () => {
    const key = `key-${++minted}`;
    valid.add(key);
    return { 'X-Api-Key': key };
  };
  try {
    const fixed = await run(server.baseUrl, new Credentials(await mint()));
    assert.equal(resultOf(fixed, 'getThing'), 'credentials refused', 'without renewal the logout tested first signs every later request out');
    const renewing = await run(server.baseUrl, new Credentials(await mint(), mint));
    assert.equal(resultOf(renewing, 'getThing'), 'checked');
    assert.ok(renewing.violations.some((v) => v.operationId === 'getThing' && v.check === 'no server error'), 'the 500 behind the security is found');
  } finally {
    server.close();
  }
});

test('a violation report holds no credential: the curl line and the kept request name a shell variable instead', async () => {
  const server = await keyedServer(new Set(['s3cret-key']));
  try {
    const report = await run(server.baseUrl, new Credentials({ 'X-Api-Key': 's3cret-key' }), /getThing/);
    const violation = report.violations.find((v) => v.check === 'no server error');
    assert.ok(violation, JSON.stringify(report.violations));
    assert.ok(!JSON.stringify(report).includes('s3cret-key'));
    assert.match(violation.curl, /-H "X-Api-Key: \$X_API_KEY"/);
    assert.equal(violation.request.headers['X-Api-Key'], '$X_API_KEY');
  } finally {
    server.close();
  }
});
