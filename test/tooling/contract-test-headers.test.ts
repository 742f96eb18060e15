import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OperationDef } from '../../src/core/spec-loader.js';
import { checkResponse } from '../../scripts/contract-test/response-checks.js';

/** An operation whose 200 and 429 declare headers, as the APIs' rate-limited operations do. */
const operation = {
  operationId: 'listThings',
  responses: {
    '200': {
      description: 'ok',
      headers: {
        'X-RateLimit-Remaining': { required: true, schema: { type: 'integer', minimum: 0 } },
        'X-Trace': { schema: { type: 'string', pattern: '^t-' } },
      },
      content: { 'application/json': { schema: { type: 'object' } } },
    },
    '429': {
      description: 'slow down',
      headers: { 'Retry-After': { required: true, schema: { type: 'integer', minimum: 1 } } },
      content: { 'application/json': { schema: { type: 'object' } } },
    },
  },
} as unknown as OperationDef;

const answer = (status: number, headers: Record<string, string>) => ({ status, contentType: 'application/json', headers, text: '{}' });
const headerProblems = (status: number, headers: Record<string, string>) =>
  checkResponse(operation, answer(status, headers), false).filter((v) => v.check === 'headers documented').map((v) => v.message);

test('contract test: declared response headers that match pass (integer header values are read as numbers)', () => {
  assert.deepEqual(headerProblems(200, { 'x-ratelimit-remaining': '9', 'x-trace': 't-1' }), []);
  assert.deepEqual(headerProblems(429, { 'retry-after': '30' }), []);
});

test('contract test: a required response header that is missing is a violation', () => {
  assert.deepEqual(headerProblems(200, {}), ['required header X-RateLimit-Remaining is missing from the 200 answer']);
  assert.deepEqual(headerProblems(429, {}), ['required header Retry-After is missing from the 429 answer']);
});

test('contract test: a response header that does not match its schema is a violation', () => {
  const problems = headerProblems(200, { 'x-ratelimit-remaining': '-1', 'x-trace': 'nope' });
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /X-RateLimit-Remaining: "-1" does not match its schema/);
  assert.match(problems[1], /X-Trace: "nope" does not match its schema/);
  assert.equal(headerProblems(429, { 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' }).length, 1);
  assert.equal(headerProblems(200, { 'x-ratelimit-remaining': '2.5' }).length, 1);
});

test('contract test: an answer read without its headers is not checked for them', () => {
  const violations = checkResponse(operation, { status: 200, contentType: 'application/json', text: '{}' }, false);
  assert.deepEqual(violations, []);
});
