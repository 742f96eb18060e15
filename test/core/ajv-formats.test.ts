import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAjv } from '../../src/core/ajv.js';

const validInt64 = createAjv(false).compile({ type: 'integer', format: 'int64' });
const validInt32 = createAjv(false).compile({ type: 'integer', format: 'int32' });

test('int64 takes integers from -2^63 up to, not including, 2^63', () => {
  for (const n of [0, -1, 2 ** 53, -(2 ** 63), 1767225600000]) assert.equal(validInt64(n), true, String(n));
  for (const n of [2 ** 63, 1e300, -1e300, 1.5]) assert.equal(validInt64(n), false, String(n));
});

test('int32 takes integers from -2^31 up to, not including, 2^31', () => {
  for (const n of [0, -(2 ** 31), 2 ** 31 - 1]) assert.equal(validInt32(n), true, String(n));
  for (const n of [2 ** 31, -(2 ** 31) - 1, 0.5]) assert.equal(validInt32(n), false, String(n));
});
