import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../src/config.js';

test('webhook settings: defaults, and a comma-separated allow-list trimmed of blanks', () => {
  assert.deepEqual(loadConfig({}).webhooks, { allowHosts: [], maxAttempts: 6, timeoutMs: 10_000 });
  const env = { WEBHOOK_ALLOW_HOSTS: ' 127.0.0.1, hooks.internal ,', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '2500' };
  assert.deepEqual(loadConfig(env).webhooks, { allowHosts: ['127.0.0.1', 'hooks.internal'], maxAttempts: 3, timeoutMs: 2_500 });
});
