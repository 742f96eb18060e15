import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonSchema, OperationDef } from '../../src/core/spec-loader.js';
import { OperationValidators } from '../../src/core/validators.js';

const bodyOf = (schema: JsonSchema): OperationDef => ({
  operationId: 'update',
  method: 'PUT',
  path: '/x',
  parameters: [],
  security: [],
  responses: { '200': {} },
  requestBody: { required: true, content: { 'application/json': { schema } } },
});

const closed = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: { type: 'string' }, address: { type: 'object', additionalProperties: false, properties: { city: { type: 'string' } } } },
};

test('a field the schema does not allow is named in the issue path, at any depth', () => {
  const validators = new OperationValidators(bodyOf(closed));
  const issues = validators.validateBody('application/json', { name: 'a', email: 'x@y.z', address: { city: 'c', zip: '1' } });
  assert.deepEqual(issues.map((i) => i.path).sort(), ['/address/zip', '/email']);
  assert.ok(issues.every((i) => i.location === 'body' && i.message === 'must NOT have additional properties'));
});

test('a missing field is named too, and a name holding / or ~ is escaped as a JSON Pointer token', () => {
  const validators = new OperationValidators(bodyOf({ ...closed, required: ['name', 'a/b~c'], properties: { ...closed.properties, 'a/b~c': { type: 'string' } } }));
  const issues = validators.validateBody('application/json', { 'x/y': 1 });
  assert.deepEqual(issues.map((i) => i.path).sort(), ['/a~1b~0c', '/name', '/x~1y']);
});

test('an unevaluated property is named as well', () => {
  const validators = new OperationValidators(bodyOf({ type: 'object', allOf: [{ properties: { a: { type: 'string' } } }], unevaluatedProperties: false }));
  assert.deepEqual(validators.validateBody('application/json', { a: 'x', b: 1 }).map((i) => i.path), ['/b']);
});

const fieldOf = (schema: JsonSchema, required: string[] = []): OperationValidators =>
  new OperationValidators(bodyOf({ type: 'object', required, properties: { field: schema } }));
const issuesFor = (validators: OperationValidators, body: unknown) =>
  validators.validateBody('application/json', body).map((i) => `${i.path} ${i.message}`);

const nullableDate = { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] };

test('a value of none of the alternatives\' types gets one issue saying what each wanted (not one per alternative and one more)', () => {
  assert.deepEqual(issuesFor(fieldOf(nullableDate), { field: 5 }), ['/field must be string or be null']);
});

test('a value of one alternative\'s type gets that alternative\'s own problem', () => {
  assert.deepEqual(issuesFor(fieldOf(nullableDate), { field: 'someday' }), ['/field must match format "date"']);
  const nullableAddress = { anyOf: [{ type: 'object', properties: { city: { type: 'string' } } }, { type: 'null' }] };
  assert.deepEqual(issuesFor(fieldOf(nullableAddress), { field: { city: 5 } }), ['/field/city must be string']);
});

test('a value of several alternatives\' type gets one issue naming what each of those wanted', () => {
  const dateOrTime = { oneOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }] };
  assert.deepEqual(issuesFor(fieldOf(dateOrTime), { field: 'soon' }), ['/field must match format "date" or match format "date-time"']);
});

test('alternatives nested in an alternative the value meant are reported once too', () => {
  const nested = { anyOf: [{ type: 'object', properties: { when: nullableDate } }, { type: 'null' }] };
  assert.deepEqual(issuesFor(fieldOf(nested), { field: { when: 7 } }), ['/field/when must be string or be null']);
});

test('a value matching two of oneOf\'s alternatives keeps ajv\'s one issue', () => {
  const either = { oneOf: [{ type: 'string' }, { type: 'string', minLength: 1 }] };
  assert.deepEqual(issuesFor(fieldOf(either), { field: 'x' }), ['/field must match exactly one schema in oneOf']);
});

test('a failed if/then is reported by the branch\'s own problems, not once more as a whole', () => {
  const schema = { type: 'object', properties: { kind: { type: 'string' }, owner: { type: 'string' } }, if: { properties: { kind: { const: 'org' } }, required: ['kind'] }, then: { required: ['owner'] } };
  assert.deepEqual(issuesFor(new OperationValidators(bodyOf(schema)), { kind: 'org' }), ["/owner must have required property 'owner'"]);
});

test('problems beside the alternatives, at the same value, are kept', () => {
  const schema = { type: 'object', required: ['name'], properties: { name: { type: 'string' } }, anyOf: [{ required: ['a'] }, { required: ['b'] }] };
  assert.deepEqual(issuesFor(new OperationValidators(bodyOf(schema)), {}).sort(), ["/ must match a schema in anyOf", "/name must have required property 'name'"]);
});

const withParams = (parameters: OperationDef['parameters']): OperationValidators =>
  new OperationValidators({ operationId: 'list', method: 'GET', path: '/x/{n}', parameters, security: [], responses: { '200': {} } });
const numericParams = withParams([
  { name: 'n', in: 'path', required: true, schema: { type: 'integer' } },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
  { name: 'ratio', in: 'query', schema: { type: ['number', 'null'] } },
  { name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'integer' } } },
  { name: 'X-Count', in: 'header', schema: { type: 'integer' } },
]);
const paramIssues = (path: Record<string, string>, query: string, headers: Record<string, string> = {}) =>
  numericParams.parseParams(path, new URLSearchParams(query), headers).issues.map((i) => `${i.location} ${i.path} ${i.message}`);

test('a numeric parameter written in decimal is coerced to its number', () => {
  const { value, issues } = numericParams.parseParams({ n: '7' }, new URLSearchParams('limit=20&ratio=-0.5&ids=1&ids=2e1'), { 'x-count': '3' });
  assert.deepEqual(issues, []);
  assert.deepEqual(value, { path: { n: 7 }, query: { limit: 20, ratio: -0.5, ids: [1, 20] }, header: { 'X-Count': 3 } });
});

test('a numeric parameter written as hex, binary, octal, padded or without a leading digit is one issue, not a number', () => {
  assert.deepEqual(paramIssues({ n: '0x10' }, 'limit=0b11&ratio=.5&ids=1&ids=0o7', { 'x-count': ' 5 ' }).sort(), [
    'header /X-Count must be integer',
    'path /n must be integer',
    'query /ids must be integer',
    'query /limit must be integer',
    'query /ratio must be number',
  ]);
});

test('a decimal value that breaks another rule is still reported by the schema', () => {
  assert.deepEqual(paramIssues({ n: '1.5' }, 'limit=0'), ['path /n must be integer', 'query /limit must be >= 1']);
});

test('a single-valued query parameter given twice is one issue, whatever its values; an array parameter takes them all', () => {
  assert.deepEqual(paramIssues({ n: '1' }, 'limit=2&limit=3&ids=1&ids=2'), ['query /limit must be given once']);
  assert.deepEqual(paramIssues({ n: '1' }, 'limit=x&limit=2'), ['query /limit must be given once']);
  assert.deepEqual(paramIssues({ n: '1' }, 'limit=2&ratio=1&ratio=1'), ['query /ratio must be given once']);
});

const namedHeader = withParams([{ name: 'X-Name', in: 'header', schema: { type: 'string', maxLength: 4 } }]);
/** What node hands over for a header whose bytes are `text` in UTF-8: each byte as one latin1 character. */
const asNodeReadsIt = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

test('a header parameter sent as UTF-8 is read as UTF-8: its value, length and pattern are the text sent', () => {
  const { value, issues } = namedHeader.parseParams({}, new URLSearchParams(), { 'x-name': asNodeReadsIt('josé') });
  assert.deepEqual(issues, []);
  assert.equal(value.header['X-Name'], 'josé');
  assert.equal(namedHeader.parseParams({}, new URLSearchParams(), { 'x-name': asNodeReadsIt('☃☃☃☃') }).value.header['X-Name'], '☃☃☃☃');
});

test('a header parameter whose bytes are not UTF-8 keeps the latin1 reading', () => {
  const { value } = namedHeader.parseParams({}, new URLSearchParams(), { 'x-name': 'caf\u00e9' });
  assert.equal(value.header['X-Name'], 'café');
});

test('an operation without parameters passes whatever query and headers come, and gives its handler none of them', () => {
  const validators = new OperationValidators({ ...bodyOf(closed), method: 'GET', requestBody: undefined });
  const { value, issues } = validators.parseParams({}, new URLSearchParams('page=x&page=y&q=%00'), { 'x-anything': '\u0000' });
  assert.deepEqual(issues, []);
  assert.deepEqual(value, { path: {}, query: {}, header: {} });
});
