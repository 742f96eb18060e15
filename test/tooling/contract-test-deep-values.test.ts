import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { loadSpecDocument } from '../../src/core/spec-loader.js';
import { jsonText } from '../../scripts/contract-test/json-text.js';
import { runContractTest } from '../../scripts/contract-test/runner.js';
import { contractRunOptions } from '../support/contract-run-options.js';

const nested = (levels: number) => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
};

/** How deep a parsed JSON value nests, walked without recursion. */
function depthOf(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (value !== null && typeof value === 'object') for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('jsonText', () => {
  test('writes a value nested 20,000 levels, which JSON.stringify throws on', () => {
    const deep = nested(20_000);
    assert.throws(() => JSON.stringify(deep), RangeError);
    assert.equal(jsonText(deep), `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`);
  });

  test('writes what JSON.stringify writes around it: undefined properties left out, undefined items and non-finite numbers null, strings escaped', () => {
    const around = { x: [1, undefined, 'a"b\n', { y: null, z: undefined, w: Number.NaN }], k: true, e: [], o: {} };
    const expected = JSON.stringify({ ...around, deep: 'HERE' }).replace('"HERE"', `${'[{"a":'.repeat(1)}${'{"a":'.repeat(19_999)}1${'}'.repeat(20_000)}]`);
    assert.equal(jsonText({ ...around, deep: [nested(20_000)] }), expected);
  });
});

/** A free-form body property: the tester's deeply nested value must reach the server, not stop at serialization. */
const document = {
  openapi: '3.1.0',
  info: { title: 'Free form', version: '1' },
  paths: {
    '/notes': {
      post: {
        operationId: 'createNote',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['meta'], properties: { meta: {} } } } } },
        responses: { '201': { description: 'kept' }, '400': { description: 'bad' }, '415': { description: 'type' } },
      },
    },
  },
};

let server: Server;
let baseUrl: string;
let deepest = 0;
before(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (!String(req.headers['content-type']).includes('json')) return res.writeHead(415).end();
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        return res.writeHead(400).end();
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body) || !('meta' in body)) return res.writeHead(400).end();
      deepest = Math.max(deepest, depthOf(body));
      res.writeHead(201).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

test('contract-test sends a free-form value nested 20,000 levels deep', async () => {
  const report = await runContractTest(await loadSpecDocument(structuredClone(document)), contractRunOptions(baseUrl, { seed: 1, shrinkBudget: 10 }));
  assert.ok(deepest > 20_000, `deepest body sent: ${deepest} levels`);
  assert.deepEqual(report.violations, []);
  assert.ok(report.requests >= 190, `${report.requests} requests sent`);
});
