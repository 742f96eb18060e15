import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLightningConfig } from '../../src/apis/lightning/config.js';
import { loadOrchestratorConfig } from '../../src/apis/orchestrator/config.js';
import { loadConfig } from '../../src/config.js';

test('numeric settings: unset or empty take the default; digits around blanks are read', () => {
  assert.equal(loadConfig({}).port, 8787);
  assert.equal(loadConfig({ PORT: '' }).port, 8787);
  assert.equal(loadConfig({ PORT: ' 9000 ' }).port, 9000);
  assert.equal(loadConfig({ PORT: '0' }).port, 0, 'port 0 asks the system for any free port');
  assert.equal(loadConfig({ LOCAL_PROVIDER_DELAY_MS: '0' }).localProviderDelayMs, 0);
});

test('numeric settings: anything but a whole number in range stops start-up, naming the variable', () => {
  for (const [name, value] of [
    ['PORT', 'abc'],
    ['WORKER_CONCURRENCY', '0'],
    ['WORKER_CONCURRENCY', '-2'],
    ['BODY_LIMIT_BYTES', '1mb'],
    ['RUN_TIMEOUT_MS', '1.5'],
    ['WEBHOOK_MAX_ATTEMPTS', '1e3'],
    ['SSE_POLL_MS', '99999999999999999999'],
  ]) {
    assert.throws(() => loadConfig({ [name]: value }), new RegExp(`^Error: ${name} must be a whole number of at least \\d, not "${value.replace('.', '\\.')}"$`), `${name}=${value}`);
  }
});

test("numeric settings of an API module are checked the same way when the module's services are built", () => {
  const config = (env: NodeJS.ProcessEnv) => loadOrchestratorConfig(loadConfig(env));
  assert.equal(config({ ORCHESTRATOR_EXECUTIONS_PER_OWNER: '3' }).executionsPerOwner, 3);
  assert.throws(() => config({ ORCHESTRATOR_EXECUTIONS_PER_OWNER: '0' }), /ORCHESTRATOR_EXECUTIONS_PER_OWNER must be a whole number of at least 1/);
});

test('Lightning prices and percentages take decimals; a bad one names its variable', () => {
  assert.equal(loadLightningConfig({ ORIGINATOR_MARGIN_PCT: '12.5' }).pricing.marginPct, 12.5);
  assert.throws(() => loadLightningConfig({ ORIGINATOR_MARGIN_PCT: 'ten' }), /^Error: ORIGINATOR_MARGIN_PCT must be a number of at least 0, not "ten"$/);
});

test('INVOICE_EXPIRY_SECONDS is a whole number of seconds, at least 1: an invoice expiring as it is issued could never be paid', () => {
  assert.equal(loadLightningConfig({ INVOICE_EXPIRY_SECONDS: '60' }).invoiceExpirySeconds, 60);
  for (const value of ['0', '1.5', '-1']) {
    assert.throws(() => loadLightningConfig({ INVOICE_EXPIRY_SECONDS: value }), new RegExp(`^Error: INVOICE_EXPIRY_SECONDS must be a whole number of at least 1, not "${value.replace('.', '\\.')}"$`), value);
  }
});
