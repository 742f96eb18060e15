import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Credentials } from '../../scripts/contract-test/credentials.js';
import { OperationCases } from '../../scripts/contract-test/operation-cases.js';
import { ValuePool } from '../../scripts/contract-test/value-pool.js';
import type { OperationDef } from '../../src/core/spec-loader.js';

const runWorkflow: OperationDef = {
  operationId: 'runWorkflow',
  method: 'POST',
  path: '/run-workflow',
  parameters: [],
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['workflowName', 'note'],
          properties: { workflowName: { type: 'string', minLength: 1 }, note: { type: 'string' } },
          example: { workflowName: 'example', note: 'n' },
        },
      },
    },
  },
  responses: { '202': {} },
  security: [],
};

function sentBodies(pool: ValuePool): { workflowName: string; note: string }[] {
  const cases = new OperationCases(runWorkflow, pool, new Credentials(), {});
  return fc.sample(cases.arbitrary, { numRuns: 300, seed: 11 }).map((c) => JSON.parse(cases.toRequest(c).body!));
}

test("a body's id or name takes one seen in an earlier answer: a workflowName, a workflow's name", () => {
  const pool = new ValuePool();
  pool.collect({ status: 'success', name: 'research-brief' });
  const bodies = sentBodies(pool);
  const reused = bodies.filter((b) => b.workflowName === 'research-brief').length;
  assert.ok(reused > 100 && reused < 300, `${reused} of 300 bodies named the saved workflow`);
  // Only ids and names: other properties keep their generated values.
  assert.ok(bodies.every((b) => b.note !== 'research-brief'));
});

test('a fixed value wins over one seen', () => {
  const pool = new ValuePool({ workflowName: 'fixed' });
  pool.collect({ name: 'research-brief' });
  assert.deepEqual([...new Set(sentBodies(pool).map((b) => b.workflowName))], ['fixed']);
});
