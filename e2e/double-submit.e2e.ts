import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;
before(async () => {
  dashboard = await startDashboard();
});
after(() => dashboard.close());

/** The POSTs a page sends, by path. */
function posts(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') sent.push(new URL(request.url()).pathname);
  });
  return sent;
}

const count = (sent: string[], pattern: RegExp) => sent.filter((path) => pattern.test(path)).length;

test('A submit button clicked twice fast sends one request: one job, one session, one workspace, one run, one agent', async () => {
  const lightning = await dashboard.open('/app/lightning');
  const sentLightning = posts(lightning);
  await lightning.getByRole('button', { name: 'Create job' }).dblclick();
  await lightning.getByTestId('job').getByAltText('QR code of the Eval invoice').waitFor();
  await lightning.getByRole('button', { name: 'Open session' }).dblclick();
  await lightning.getByTestId('session').getByAltText('QR code of the Deposit invoice').waitFor();
  assert.equal(count(sentLightning, /\/jobs$/), 1, sentLightning.join(', '));
  assert.equal(count(sentLightning, /\/sessions$/), 1, sentLightning.join(', '));

  const hypershift = await dashboard.open('/app/hypershift');
  const sentHypershift = posts(hypershift);
  await hypershift.getByRole('button', { name: 'Create workspace' }).dblclick();
  await hypershift.getByTestId('workspace').getByText(/^ws-/).waitFor();
  await hypershift.getByRole('button', { name: 'Create and start' }).dblclick();
  await hypershift.getByTestId('usage').getByText(/^1 of 10 runs/).waitFor();
  assert.equal(count(sentHypershift, /\/workspaces$/), 1, sentHypershift.join(', '));
  assert.equal(count(sentHypershift, /\/runs$/), 1, sentHypershift.join(', '));
  assert.equal(await hypershift.getByRole('alert').count(), 0);

  const orchestrator = await dashboard.open('/app/orchestrator');
  const sentOrchestrator = posts(orchestrator);
  await orchestrator.getByLabel('Password').fill('demo-password-123');
  await orchestrator.getByRole('button', { name: 'Log in' }).click();
  await orchestrator.getByLabel('Agent name').fill('Twice Clicked');
  await orchestrator.getByRole('button', { name: 'Create agent' }).dblclick();
  await orchestrator.getByTestId('agent').filter({ hasText: 'Twice Clicked' }).first().waitFor();
  assert.equal(count(sentOrchestrator, /\/agents$/), 1, sentOrchestrator.join(', '));
  assert.equal(await orchestrator.getByTestId('agent').filter({ hasText: 'Twice Clicked' }).count(), 1);
});

test('A double click whose first click is answered before the second lands still sends one request', async () => {
  const hypershift = await dashboard.open('/app/hypershift');
  const sent = posts(hypershift);
  const button = hypershift.getByRole('button', { name: 'Create workspace' });
  const box = await button.boundingBox();
  assert.ok(box);
  await hypershift.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await hypershift.mouse.down({ clickCount: 1 });
  await hypershift.mouse.up({ clickCount: 1 });
  await hypershift.getByTestId('workspace').getByText(/^ws-/).waitFor();
  await hypershift.mouse.down({ clickCount: 2 });
  await hypershift.mouse.up({ clickCount: 2 });
  await hypershift.getByRole('button', { name: 'Create and start' }).click();
  await hypershift.getByTestId('usage').getByText(/^1 of 10 runs/).waitFor();
  assert.equal(count(sent, /\/workspaces$/), 1, sent.join(', '));
});
