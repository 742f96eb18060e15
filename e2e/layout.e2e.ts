import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;
before(async () => {
  dashboard = await startDashboard();
});
after(() => dashboard.close());

test('Dashboard on a 375px-wide phone: every page fits the screen, a Lightning invoice and a table of runs included, status badges stay whole, and the navigation stays reachable', async () => {
  const phone = { width: 375, height: 667 };
  const page = await dashboard.open('/app/lightning', undefined, phone);
  await page.getByRole('button', { name: 'Create job' }).click();
  await page.getByTestId('invoice').getByAltText('QR code of the Eval invoice').waitFor();
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok((await pageWidth()) <= phone.width, `lightning is ${await pageWidth()}px wide`);
  for (const title of ['LenserFight', 'Hybrid Thinking', 'HyperShift', 'Orchestrator']) {
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.ok((await pageWidth()) <= phone.width, `${title} is ${await pageWidth()}px wide`);
  }
  // A run in HyperShift's table: its status badge sits in a narrow cell beside the run id.
  await page.getByRole('link', { name: 'HyperShift' }).click();
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByTestId('workspace').getByText(/^ws-/).waitFor();
  await page.getByRole('button', { name: 'Create and start' }).click();
  await page.locator('td .badge').first().waitFor();
  assert.ok((await pageWidth()) <= phone.width, `HyperShift with a run is ${await pageWidth()}px wide`);
  // A badge broken over lines ("runnin" / "g") is one box per line.
  const broken = await page.locator('.badge').evaluateAll((badges) => badges.filter((b) => b.getClientRects().length > 1).map((b) => b.textContent));
  assert.deepEqual(broken, [], 'badges broken over lines');
  await dashboard.screenshot(page, 'phone');
});

test('Dashboard: a page loads without an error in the browser console', async () => {
  const page = await dashboard.open('/app/');
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  await page.goto(`${dashboard.base}/app/hypershift`);
  await page.getByRole('button', { name: 'Create workspace' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(errors, []);
});

test('Dashboard: an answer holding a word longer than its column breaks inside the column instead of widening the page', async () => {
  const page = await dashboard.open('/app/lenserfight');
  await page.getByRole('button', { name: 'Mint token' }).click();
  await page.locator('input[name="param-topic"]').fill('y'.repeat(400));
  await page.getByRole('button', { name: 'Execute' }).click();
  await page.getByTestId('run').getByTestId('artifact').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 1280);
});
