import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OperationRouter } from '../../src/core/router.js';
import type { OperationDef } from '../../src/core/spec-loader.js';

const op = (method: string, path: string): OperationDef => ({ operationId: `${method} ${path}`, method, path, parameters: [], responses: {}, security: [] });

const router = new OperationRouter([
  op('GET', '/runs/{runId}'),
  op('GET', '/runs/latest'),
  op('GET', '/runs/{runId}/events'),
  op('POST', '/runs/{runId}/events'),
  op('GET', '/files/{name}.json'),
  op('GET', '/'),
]);

describe('OperationRouter', () => {
  test('a literal segment wins over a parameter', () => {
    const m = router.match('GET', '/runs/latest');
    assert.equal(m.kind === 'found' && m.operation.path, '/runs/latest');
  });

  test('parameters are captured and URL-decoded', () => {
    const m = router.match('GET', '/runs/a%20b/events');
    assert.ok(m.kind === 'found');
    assert.deepEqual(m.params, { runId: 'a b' });
  });

  test('a segment mixing text and a parameter', () => {
    const m = router.match('GET', '/files/report.json');
    assert.ok(m.kind === 'found');
    assert.deepEqual(m.params, { name: 'report' });
  });

  test('a trailing slash matches the same operation', () => {
    assert.equal(router.match('GET', '/runs/x/events/').kind, 'found');
  });

  test('a known path with another method lists the allowed methods', () => {
    assert.deepEqual(router.match('DELETE', '/runs/x/events'), { kind: 'method-not-allowed', allow: ['GET', 'POST'] });
  });

  test('HEAD is served by GET', () => {
    assert.equal(router.match('HEAD', '/runs/x').kind, 'found');
  });

  test('unknown paths are not found', () => {
    assert.equal(router.match('GET', '/nope').kind, 'not-found');
    assert.equal(router.match('GET', '/runs/x/events/extra').kind, 'not-found');
  });

  test('the root path', () => {
    assert.equal(router.match('GET', '/').kind, 'found');
  });
});
