import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handlerNames } from '../../scripts/generate/operations.js';

test('handlerNames: camelCase ids stay; others are camelCased, deterministic and collision-free', () => {
  const ids = ['repos/get', 'reposGet', 'users/get-by-username', 'repos/get', 'delete', '2fa/enable', 'meta/root', 'reposGet2'];
  const names = handlerNames(ids);
  assert.deepEqual(names, ['reposGet3', 'reposGet', 'usersGetByUsername', 'reposGet4', 'deleteOperation', 'op2faEnable', 'metaRoot', 'reposGet2']);
  assert.deepEqual(handlerNames(ids), names);
});
