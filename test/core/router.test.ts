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

  test('a value that is not valid percent-encoding is kept raw and named as undecodable', () => {
    const m = router.match('GET', '/runs/a%ZZb/events');
    assert.ok(m.kind === 'found');
    assert.deepEqual(m.params, { runId: 'a%ZZb' });
    assert.deepEqual(m.undecodable, ['runId']);
    const overlong = router.match('GET', '/files/%C0%AF.json');
    assert.ok(overlong.kind === 'found');
    assert.deepEqual(overlong.undecodable, ['name']);
    const fine = router.match('GET', '/runs/a%20b/events');
    assert.equal(fine.kind === 'found' && fine.undecodable, undefined);
  });

  test('a segment mixing text and a parameter', () => {
    const m = router.match('GET', '/files/report.json');
    assert.ok(m.kind === 'found');
    assert.deepEqual(m.params, { name: 'report' });
  });

  test('a trailing slash matches the same operation', () => {
    assert.equal(router.match('GET', '/runs/x/events/').kind, 'found');
  });

  test('an empty segment is not skipped: a path with // is not found, not read as another route', () => {
    assert.equal(router.match('POST', '/runs//start').kind, 'not-found');
    assert.equal(router.match('GET', '//runs/latest').kind, 'not-found');
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

describe('OperationRouter with sibling paths naming one position differently', () => {
  const siblings = new OperationRouter([
    op('GET', '/agents/{id}'),
    op('GET', '/agents/{agent_id}/workflows'),
    op('GET', '/agents/{id}/container/logs'),
    op('GET', '/files/{dir}/{name}.{ext}'),
  ]);

  test("each operation gets its parameters under its own names (the orchestrator's /agents/{agent_id}/workflows)", () => {
    const workflows = siblings.match('GET', '/agents/a1/workflows');
    assert.ok(workflows.kind === 'found');
    assert.deepEqual(workflows.params, { agent_id: 'a1' });
    const agent = siblings.match('GET', '/agents/a2');
    assert.ok(agent.kind === 'found');
    assert.deepEqual(agent.params, { id: 'a2' });
    const logs = siblings.match('GET', '/agents/a3/container/logs');
    assert.ok(logs.kind === 'found');
    assert.deepEqual(logs.params, { id: 'a3' });
  });

  test('whole and mixed segments keep their order', () => {
    const m = siblings.match('GET', '/files/docs/report.json');
    assert.ok(m.kind === 'found');
    assert.deepEqual(m.params, { dir: 'docs', name: 'report', ext: 'json' });
  });
});
