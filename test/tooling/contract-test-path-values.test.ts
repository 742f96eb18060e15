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
