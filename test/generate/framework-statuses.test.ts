import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OpenApiDocument } from '../../scripts/generate/bundle-spec.js';
import { checkFrameworkStatuses } from '../../scripts/generate/framework-statuses.js';

const error = { description: 'Error', content: { 'application/json': { schema: { type: 'object' } } } };
const ok = { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } };

function doc(operation: Record<string, unknown>, extra: Record<string, unknown> = {}): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    security: [{ bearer: [] }],
    paths: { '/things/{id}': { parameters: [{ name: 'id', in: 'path', required: true }], post: { operationId: 'postThing', ...operation } } },
    ...extra,
  };
}

test('names each operation and framework status the spec leaves out', () => {
  const problems = checkFrameworkStatuses('api', doc({ requestBody: { content: { 'application/json': {} } }, responses: { '200': ok, '400': error } }));
  assert.deepEqual(problems, [401, 413, 415, 500].map((s) => `api: postThing (POST /things/{id}) does not declare ${s} with an application/json error body`));
});

test('a 4XX or default response covers the statuses it matches; optional security needs no 401', () => {
  const optional = doc({ security: [{}, { bearer: [] }], responses: { '200': ok, '4XX': error, default: error } });
  assert.deepEqual(checkFrameworkStatuses('api', optional), []);
});

test('a rate-limited operation must declare 429 and the rate-limit headers on every response', () => {
  const headers = { 'X-RateLimit-Limit': {}, 'X-RateLimit-Remaining': {}, 'X-RateLimit-Reset': {} };
  const limited = doc(
    { responses: { '200': { ...ok, headers }, '400': error, '401': { ...error, headers }, '500': { ...error, headers } } },
    { 'x-rate-limit': { limit: 5, window: 60 } },
  );
  assert.deepEqual(checkFrameworkStatuses('api', limited), [
    'api: postThing (POST /things/{id}) does not declare 429 with an application/json error body',
    'api: postThing (POST /things/{id}) response 400 does not document the header X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset',
  ]);
});

test('a malformed x-rate-limit rule is refused with where it is and what is wrong', () => {
  const bad = doc({ 'x-rate-limit': { limit: 5, window: '1m' }, responses: {} });
  assert.throws(() => checkFrameworkStatuses('api', bad), /x-rate-limit on postThing: window must be a positive integer of seconds/);
  const unknown = doc({ 'x-rate-limit': [{ limit: 5, window: 60, per: 'user' }], responses: {} });
  assert.throws(() => checkFrameworkStatuses('api', unknown), /unknown field per/);
});
