import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { loadSpecDocument, type OperationDef } from '../../src/core/spec-loader.js';
import { linkedValues } from '../../scripts/contract-test/links.js';
import { runContractTest } from '../../scripts/contract-test/runner.js';
import { contractRunOptions } from '../support/contract-run-options.js';

/**
 * An order is paid with a token only its creation answers (a header no pool of ids can guess), and the receipt is
 * read by a number nested in the payment's answer. Only the spec's links lead there; the receipt's answer breaks
 * its schema (a planted bug).
 */
const error = { type: 'object', required: ['code'], properties: { code: { type: 'string' } } };
const json = (schema: object) => ({ 'application/json': { schema } });
const stringParam = (name: string, where: 'path' | 'query' | 'header') => ({ name, in: where, required: true, schema: { type: 'string' } });
const refused = { '400': { description: 'bad', content: json(error) }, '404': { description: 'none', content: json(error) } };
const document = {
  openapi: '3.1.0',
  info: { title: 'Orders', version: '1' },
  paths: {
    '/orders': {
      post: {
        operationId: 'createOrder',
        responses: {
          '201': {
            description: 'made',
            content: json({ type: 'object', required: ['orderId', 'token'], properties: { orderId: { type: 'string' }, token: { type: 'string' } } }),
            links: {
              DeleteOrder: { operationId: 'deleteOrder', parameters: { orderId: '$response.body#/orderId' } },
              PayOrder: { operationId: 'payOrder', parameters: { orderId: '$response.body#/orderId', 'header.X-Order-Token': '$response.body#/token' } },
            },
          },
        },
      },
    },
    '/orders/{orderId}': {
      delete: {
        operationId: 'deleteOrder',
        parameters: [stringParam('orderId', 'path')],
        responses: { '204': { description: 'deleted' }, ...refused },
      },
    },
    '/orders/{orderId}/pay': {
      post: {
        operationId: 'payOrder',
        parameters: [stringParam('orderId', 'path'), stringParam('X-Order-Token', 'header')],
        responses: {
          '200': {
            description: 'paid',
            content: json({ type: 'object', required: ['receipt'], properties: { receipt: { type: 'object', properties: { number: { type: 'string' } } } } }),
            links: {
              GetReceipt: { operationId: 'getReceipt', parameters: { receiptNo: '$response.body#/receipt/number', order: '{$request.path.orderId}' } },
              PayAgain: { operationId: 'payOrder', parameters: { orderId: '$request.path.orderId', 'header.X-Order-Token': '$request.header.X-Order-Token' } },
            },
          },
          ...refused,
        },
      },
    },
    '/receipts/{receiptNo}': {
      get: {
        operationId: 'getReceipt',
        parameters: [stringParam('receiptNo', 'path'), stringParam('order', 'query')],
        responses: { '200': { description: 'receipt', content: json({ type: 'object', required: ['amount'], properties: { amount: { type: 'integer' } } }) }, ...refused },
      },
    },
  },
};

function ordersServer() {
  const tokens = new Map<string, string>();
  const receipts = new Map<string, string>();
  return createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.method === 'POST' && url.pathname === '/orders') {
        const orderId = randomUUID();
        tokens.set(orderId, randomUUID());
        return send(201, { orderId, token: tokens.get(orderId) });
      }
      const order = /^\/orders\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'DELETE' && order) {
        if (!tokens.delete(decodeURIComponent(order[1]))) return send(404, { code: 'no_such_order' });
        return res.writeHead(204).end();
      }
      const pay = /^\/orders\/([^/]+)\/pay$/.exec(url.pathname);
      if (req.method === 'POST' && pay) {
        const orderId = decodeURIComponent(pay[1]);
        if (!tokens.has(orderId) || tokens.get(orderId) !== req.headers['x-order-token']) return send(404, { code: 'no_such_order' });
        // Paying twice is answered with a status the spec does not declare: a chain must not call an operation twice.
        if ([...receipts.values()].includes(orderId)) return send(409, { code: 'paid' });
        const number = `R-${randomUUID()}`;
        receipts.set(number, orderId);
        return send(200, { receipt: { number } });
      }
      const receipt = /^\/receipts\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && receipt) {
        const orderId = receipts.get(decodeURIComponent(receipt[1]));
        if (!orderId || url.searchParams.get('order') !== orderId) return send(404, { code: 'no_such_receipt' });
        return send(200, { amount: '12.50' });
      }
      send(404, { code: 'nope' });
    });
  });
}

let server: Server;
let baseUrl: string;
before(async () => {
  server = ordersServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

const options = () => contractRunOptions(baseUrl);

const withoutLinks = () => {
  const copy = structuredClone(document);
  delete (copy.paths['/orders'].post.responses['201'] as { links?: unknown }).links;
  delete (copy.paths['/orders/{orderId}/pay'].post.responses['200'] as { links?: unknown }).links;
  return copy;
};

describe('contract-test follows the spec links', () => {
  test('a chain of links reaches a success path no generated request does (a DELETE linked first is followed last, an operation never twice in a chain), and its violation names the chain', async () => {
    const report = await runContractTest(await loadSpecDocument(structuredClone(document)), options());
    const pay = report.operations.find((o) => o.operationId === 'payOrder')!;
    assert.ok((pay.statuses['200'] ?? 0) >= 1, JSON.stringify(pay.statuses));
    assert.deepEqual(report.violations.map((v) => v.operationId), ['getReceipt'], JSON.stringify(report.violations));
    const violation = report.violations[0];
    assert.equal(violation.check, 'body valid');
    assert.equal(violation.via, 'createOrder → PayOrder (payOrder) → GetReceipt (getReceipt)');
    assert.match(violation.curl, /\/receipts\/R-[0-9a-f-]+\?order=[0-9a-f-]+/);
    assert.ok(report.links.followed >= 2 && report.links.succeeded >= 1, JSON.stringify(report.links));
    const deleted = report.operations.find((o) => o.operationId === 'deleteOrder')!;
    assert.ok((deleted.statuses['204'] ?? 0) >= 1, JSON.stringify(deleted.statuses));
  });

  test('without the links, the same run never pays an order and never sees the receipt', async () => {
    const report = await runContractTest(await loadSpecDocument(withoutLinks()), options());
    const pay = report.operations.find((o) => o.operationId === 'payOrder')!;
    assert.equal(pay.statuses['200'], undefined, JSON.stringify(pay.statuses));
    assert.deepEqual(report.violations, []);
    assert.deepEqual(report.links, { followed: 0, succeeded: 0 });
  });
});

describe('linkedValues', () => {
  const operationOf = async (id: string): Promise<OperationDef> => (await loadSpecDocument(structuredClone(document))).operations.find((o) => o.operationId === id)!;
  const exchange = async (body: unknown) => ({
    operation: await operationOf('payOrder'),
    request: { method: 'POST', path: '/orders/o%2F1/pay', query: [], headers: { 'X-Order-Token': 't' } },
    response: { status: 200, text: JSON.stringify(body), headers: {} },
  });

  test('reads a nested pointer, a path value (decoded) embedded in a string, and a header by in.name', async () => {
    const target = await operationOf('getReceipt');
    const from = await exchange({ receipt: { number: 'R-1' } });
    const link = { parameters: { receiptNo: '$response.body#/receipt/number', order: 'order {$request.path.orderId}' } };
    assert.deepEqual(linkedValues(link, target, from), { params: { 'path:receiptNo': 'R-1', 'query:order': 'order o/1' } });
    assert.deepEqual(linkedValues({ parameters: { 'query.order': '$request.header.x-order-token' } }, target, from), { params: { 'query:order': 't' } });
    const pay = await operationOf('payOrder');
    assert.deepEqual(linkedValues({ parameters: { 'header.x-order-token': 'k', orderId: 'o' } }, pay, from), { params: { 'header:X-Order-Token': 'k', 'path:orderId': 'o' } });
  });

  test('a property the answer left out, or a parameter the target lacks, makes the link unusable', async () => {
    const target = await operationOf('getReceipt');
    assert.equal(linkedValues({ parameters: { receiptNo: '$response.body#/receipt/number' } }, target, await exchange({ receipt: {} })), undefined);
    assert.equal(linkedValues({ parameters: { nothing: 'x' } }, target, await exchange({ receipt: { number: 'R-1' } })), undefined);
    assert.equal(linkedValues({ parameters: { 'header.receiptNo': 'x' } }, target, await exchange({ receipt: { number: 'R-1' } })), undefined);
  });

  test('a requestBody expression sets the whole body, a string with expressions embedded its text, an object or array of them each part; a constant is passed as it is', async () => {
    const target = await operationOf('getReceipt');
    assert.deepEqual(linkedValues({ parameters: { receiptNo: 7 }, requestBody: '$response.body#/receipt' }, target, await exchange({ receipt: { number: 'R-2' } })), {
      params: { 'path:receiptNo': 7 },
      body: { value: { number: 'R-2' } },
    });
    const text = { parameters: {}, requestBody: '{"receipt":"{$response.body#/receipt/number}","of":"{$request.path.orderId}"}' };
    assert.deepEqual(linkedValues(text, target, await exchange({ receipt: { number: 'R-4' } })), { params: {}, body: { text: '{"receipt":"R-4","of":"o/1"}' } });
    const nested = { parameters: {}, requestBody: { receipt: '$response.body#/receipt/number', of: ['{$request.path.orderId}', 3], missing: '$response.body#/x' } };
    assert.equal(linkedValues(nested, target, await exchange({ receipt: { number: 'R-3' } })), undefined);
    delete (nested.requestBody as { missing?: string }).missing;
    assert.deepEqual(linkedValues(nested, target, await exchange({ receipt: { number: 'R-3' } })), { params: {}, body: { value: { receipt: 'R-3', of: ['o/1', 3] } } });
  });
});
