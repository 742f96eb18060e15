import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OperationCases } from '../../scripts/contract-test/operation-cases.js';
import { ValuePool } from '../../scripts/contract-test/value-pool.js';
import type { OperationDef } from '../../src/core/spec-loader.js';

const op = (security: OperationDef['security']): OperationDef => ({ operationId: 'op', method: 'GET', path: '/x', parameters: [], responses: { '200': {} }, security });
const schemes = { bearer: { type: 'http', scheme: 'bearer' }, secret: { type: 'apiKey', in: 'header', name: 'X-Webhook-Secret' } };
const auth = { Authorization: 'Bearer t' };
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
