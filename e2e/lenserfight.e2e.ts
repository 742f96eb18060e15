import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;
before(async () => {
  // Slow model calls, so the run is watched while it runs.
  dashboard = await startDashboard({ LOCAL_PROVIDER_DELAY_MS: '800' });
});
after(() => dashboard.close());

test('LenserFight: mint a token, pick the demo lens, execute, watch the run live, read its artifacts', async () => {
  const page = await dashboard.open('/app/lenserfight');
  await page.getByLabel('Development: mint a token for user').fill('alice');
  await page.getByRole('button', { name: 'Mint token' }).click();
  await page.getByLabel('Lens').selectOption({ label: 'Explain a topic' });
  await page.locator('input[name="param-topic"]').fill('contract-first APIs');
  await page.locator('input[name="param-audience"]').fill('engineers');
  await page.getByRole('button', { name: 'Execute' }).click();
  const run = page.getByTestId('run');
  // Live: the timeline shows the run starting before it has finished.
  await run.getByText(/run\.started/).waitFor();
  await run.getByText('done: succeeded').waitFor({ timeout: 30_000 });
  await run.locator('.badge', { hasText: 'succeeded' }).waitFor();
  const artifacts = await run.getByTestId('artifact').allInnerTexts();
  assert.ok(artifacts.some((text) => text.includes('primary output') && /contract-first APIs/.test(text)), artifacts.join('\n'));
  await dashboard.screenshot(page, 'lenserfight');
  assert.deepEqual(dashboard.foreignRequests, []);
});

test('LenserFight: a required param left out shows the API error with its request id', async () => {
  const page = await dashboard.open('/app/lenserfight');
  await page.getByRole('button', { name: 'Mint token' }).click();
  // The browser's own check would stop the form first; this test is about what the API says.
  await page.locator('input[name="param-topic"]').evaluate((input) => input.removeAttribute('required'));
  await page.getByRole('button', { name: 'Execute' }).click();
  const error = page.getByRole('alert');
  await error.getByText(/HTTP 400 missing_param.*topic/).waitFor();
  assert.match(await error.innerText(), /request id [0-9a-f-]{8,}/);
});
