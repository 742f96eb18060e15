import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Credentials } from '../../scripts/contract-test/credentials.js';
import { OperationCases } from '../../scripts/contract-test/operation-cases.js';
import { ValuePool } from '../../scripts/contract-test/value-pool.js';
import type { OperationDef } from '../../src/core/spec-loader.js';

test('a path parameter never takes a dot segment, which a URL parser removes and so reaches another route', () => {
  const op: OperationDef = {
    operationId: 'submitSessionRequest',
    method: 'POST',
    path: '/sessions/{id}/request',
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[.]{1,2}$', example: 'abc' } }],
    responses: { '200': {} },
    security: [],
  };
  const cases = new OperationCases(op, new ValuePool(), new Credentials(), {});
  const paths = fc.sample(cases.arbitrary, { numRuns: 300, seed: 7 }).map((c) => cases.toRequest(c).path);
  assert.deepEqual([...new Set(paths)], ['/sessions/abc/request']);
});

test("a path parameter id takes an id of its own resource first (a jobId for /jobs/{id}), not any id seen", () => {
  const op: OperationDef = {
    operationId: 'getJob',
    method: 'GET',
    path: '/jobs/{id}',
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', example: 'job-example' } }],
    responses: { '200': {} },
    security: [],
  };
  const pool = new ValuePool();
  pool.collect({ id: 'conversation-1' });
  pool.collect({ jobId: 'job-1', evalInvoice: { paymentHash: 'hash-1' } });
  const cases = new OperationCases(op, pool, new Credentials(), {});
  const paths = new Set(fc.sample(cases.arbitrary, { numRuns: 300, seed: 5 }).map((c) => cases.toRequest(c).path));
  assert.ok(paths.has('/jobs/job-1'), [...paths].slice(0, 5).join(' '));
  assert.ok(!paths.has('/jobs/conversation-1'));
  // A payment hash is kept for a {paymentHash} parameter, as ids are.
  assert.equal(pool.pick('paymentHash', 0), 'hash-1');
});
