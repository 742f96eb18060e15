import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { loadSpecDocument } from '../../src/core/spec-loader.js';
import { runContractTest, type RunOptions } from '../../scripts/contract-test/runner.js';
import { contractRunOptions } from '../support/contract-run-options.js';

/**
 * A small spec and a hand-written server with planted bugs: the tester must find each, shrink it to the smallest
 * request, skip the 501 operation, and send the same requests for the same seed.
 */
const error = { type: 'object', required: ['code'], properties: { code: { type: 'string' } } };
const document = {
  openapi: '3.1.0',
  info: { title: 'Planted bugs', version: '1' },
  paths: {
    '/items/{n}': {
      get: {
        operationId: 'getItem',
        parameters: [{ name: 'n', in: 'path', required: true, schema: { type: 'integer', minimum: 0, maximum: 100 } }],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } } } } },
          '400': { description: 'bad', content: { 'application/json': { schema: error } } },
        },
      },
    },
    '/items': {
      post: {
        operationId: 'createItem',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', maxLength: 10 }, size: { type: 'integer', minimum: 1 } } },
            },
          },
        },
        responses: {
          '201': { description: 'made', content: { 'application/json': { schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } } },
          '400': { description: 'bad', content: { 'application/json': { schema: error } } },
          '415': { description: 'type', content: { 'application/json': { schema: error } } },
        },
      },
    },
    '/later': { get: { operationId: 'later', responses: { '200': { description: 'ok' } } } },
  },
};

/** getItem fails above 50; createItem accepts any JSON (so invalid bodies get 201) and answers a name of 8 characters or more with a bad body. */
function plantedBugs(seen: string[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${raw}`);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const item = /^\/items\/(.*)$/.exec(req.url ?? '');
      if (req.url === '/later') return json(501, { code: 'not_implemented' });
      if (item) {
        const n = Number(decodeURIComponent(item[1]));
        if (!Number.isInteger(n) || n < 0 || n > 100) return json(400, { code: 'bad' });
        return n > 50 ? json(500, { code: 'boom' }) : json(200, { n });
      }
      if (req.url === '/items' && req.method === 'POST') {
        if (!String(req.headers['content-type']).includes('json')) return json(415, { code: 'type' });
        let body: any;
        try {
          body = JSON.parse(raw);
        } catch {
          return json(400, { code: 'bad' });
        }
        if (typeof body?.name === 'string' && body.name.length >= 8) return json(201, { identifier: body.name });
        return json(201, { id: 'i1' });
      }
      json(404, { code: 'nope' });
    });
  };
}

let server: Server;
let baseUrl: string;
const seen: string[] = [];
before(async () => {
  server = createServer(plantedBugs(seen));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const options = (seed: number): RunOptions => contractRunOptions(baseUrl, { seed, maxRequests: 300, shrinkBudget: 100 });

describe('contract-test', () => {
  test('finds each planted bug, shrinks it and prints a curl command that reproduces it', async () => {
    const report = await runContractTest(await loadSpecDocument(structuredClone(document)), options(7));
    const byCheck = (op: string, check: string) => report.violations.find((v) => v.operationId === op && v.check === check);

    const serverError = byCheck('getItem', 'no server error');
    assert.ok(serverError, JSON.stringify(report.violations, null, 2));
    assert.equal(serverError.request.path, '/items/51', 'shrunk to the smallest failing value');
    assert.match(serverError.curl, /^curl -sS -i -X GET '.*\/items\/51' /);

    const badBody = byCheck('createItem', 'body valid');
    assert.ok(badBody, 'a 201 body without id is reported');
    const name: string = JSON.parse(badBody.request.body!).name;
    assert.ok(name.length >= 8 && name.length <= 9, `shrunk to (about) the shortest name that triggers it: ${JSON.stringify(name)}`);

    const accepted = byCheck('createItem', 'invalid request refused');
    assert.ok(accepted, 'an invalid body answered 201 is reported');
    assert.ok(accepted.mutation);
  });

  test('an operation answering 501 is reported as not implemented, not as a violation', async () => {
    const report = await runContractTest(await loadSpecDocument(structuredClone(document)), options(7));
    assert.equal(report.operations.find((o) => o.operationId === 'later')?.result, 'not implemented');
    assert.ok(!report.violations.some((v) => v.operationId === 'later'));
  });

  test('the same seed sends the same requests; another seed sends others', async () => {
    const run = async (seed: number) => {
      seen.length = 0;
      await runContractTest(await loadSpecDocument(structuredClone(document)), { ...options(seed), include: /getItem/ });
      return [...seen];
    };
    const first = await run(11);
    assert.deepEqual(await run(11), first);
    assert.notDeepEqual(await run(12), first);
  });

  test('--value: every valid request sends that value for a parameter and a top-level body property of the name', async () => {
    seen.length = 0;
    const report = await runContractTest(await loadSpecDocument(structuredClone(document)), { ...options(7), values: { n: '7', name: 'fixed' } });
    const validItemPaths = seen.map((line) => /^GET \/items\/(\d+) /.exec(line)?.[1]).filter((n) => n !== undefined && Number(n) <= 100);
    assert.ok(validItemPaths.length > 20, seen.join('\n'));
    assert.deepEqual(new Set(validItemPaths), new Set(['7']));
    assert.ok(!report.violations.some((v) => v.operationId === 'getItem'), 'the planted bug above 50 is never reached');
    const names = seen.filter((line) => line.startsWith('POST /items {"')).map((line) => /"name":"([^"]*)"/.exec(line)?.[1]);
    assert.ok(names.filter((name) => name === 'fixed').length > 20, names.join(', '));
    assert.ok(!report.violations.some((v) => v.check === 'body valid'), 'no valid request sends a name long enough to trigger the bad 201');
  });

  test('stays within its request budget', async () => {
    const report = await runContractTest(await loadSpecDocument(structuredClone(document)), { ...options(3), maxRequests: 40, shrinkBudget: 5 });
    // Every operation's example request, then at most the budget, plus what one failure's shrinking may add.
    assert.ok(report.requests <= 40 + 3 * 7, `sent ${report.requests}`);
  });
});
