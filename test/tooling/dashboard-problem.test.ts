import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiProblem, problemOf, success } from '../../web/src/problem.js';

// The dashboard shows any API's error as message + request id: each API's envelope is read here.
describe('dashboard: problemOf reads every API error envelope', () => {
  test('LenserFight: {error: {code, message, details}, meta: {requestId}}', () => {
    const p = problemOf({ status: 400, data: { error: { code: 'missing_param', message: 'Lens is missing required param: topic', details: { missing: ['topic'] } }, meta: { requestId: 'r-1' } } });
    assert.deepEqual([p.status, p.code, p.message, p.requestId, p.details], [400, 'missing_param', 'Lens is missing required param: topic', 'r-1', ['topic']]);
  });

  test('Lightning: {error: "..."} with the id in X-Request-Id', () => {
    const p = problemOf({ status: 404, data: { error: 'Job not found' }, headers: new Headers({ 'X-Request-Id': 'r-2' }) });
    assert.deepEqual([p.message, p.requestId, p.code], ['Job not found', 'r-2', undefined]);
  });

  test('Hybrid Thinking: {code, message, details: {errors}}', () => {
    const p = problemOf({ status: 400, data: { code: 'invalid_workflow', message: 'Invalid workflow definition', details: { errors: [{ path: '/stages', message: 'unknown model x' }, 'plain'] } } });
    assert.deepEqual([p.code, p.details], ['invalid_workflow', ['/stages: unknown model x', 'plain']]);
  });

  test('HyperShift: {error, code}', () => {
    const p = problemOf({ status: 400, data: { error: 'user_intent.description is required', code: 'INVALID_USER_INTENT' } });
    assert.deepEqual([p.message, p.code], ['user_intent.description is required', 'INVALID_USER_INTENT']);
  });

  test('Orchestrator: the correlation id wins over the header', () => {
    const p = problemOf({
      status: 401,
      data: { error: { code: 'AUTHENTICATION_ERROR', message: 'Invalid credentials', correlation_id: 'c-1' } },
      headers: new Headers({ 'X-Request-Id': 'other' }),
    });
    assert.deepEqual([p.message, p.requestId], ['Invalid credentials', 'c-1']);
  });

  test('a body that is not JSON, and an empty one', () => {
    assert.equal(problemOf({ status: 502, data: 'Bad gateway' }).message, 'Bad gateway');
    assert.equal(problemOf({ status: 500, data: '' }).message, 'HTTP 500');
  });

  test('success passes a success through and throws the problem otherwise', () => {
    const ok = { status: 200 as const, data: { a: 1 } };
    assert.equal(success(ok), ok);
    assert.throws(() => success({ status: 409, data: { error: 'taken' } }), (err: unknown) => err instanceof ApiProblem && err.message === 'taken');
  });
});
