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
