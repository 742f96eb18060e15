import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;
before(async () => {
  dashboard = await startDashboard();
});
after(() => dashboard.close());

/** The HyperShift page with a workspace of its own, created through the page. */
async function pageWithNewWorkspace() {
  const page = await dashboard.open('/app/hypershift');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByTestId('workspace').getByText(/^ws-/).waitFor();
  return page;
}

test('HyperShift: a run through the pipeline stops at the approval gate, is approved, deploys; audit log, usage and SLO follow', async () => {
  const page = await pageWithNewWorkspace();
  await page.getByRole('button', { name: 'Create and start' }).click();
  const detail = page.getByTestId('run-detail');
  await detail.getByRole('button', { name: 'Approve' }).waitFor({ timeout: 60_000 });
  await detail.getByTestId('audit').getByText('run.blocked').waitFor();
  await detail.getByRole('button', { name: 'Approve' }).click();
  await detail.locator('.badge', { hasText: 'completed' }).waitFor({ timeout: 60_000 });
  await detail.getByText('Approved by alice', { exact: true }).waitFor();
  await detail.getByText(/Deployed: http/).waitFor();
  await detail.getByTestId('audit').getByText('run.completed').waitFor();
  await page.getByTestId('usage').getByText(/^1 of 10 runs this month \(free tier/).waitFor();
  await page.getByTestId('slo').getByText(/1 runs: 1 succeeded/).waitFor();

  // The second run is rejected at the gate.
  await page.getByRole('button', { name: 'Create and start' }).click();
  await page.getByTestId('usage').getByText(/^2 of 10/).waitFor();
  await page.locator('tr', { hasText: 'running' }).or(page.locator('tr', { hasText: 'blocked' })).first().getByRole('link').click();
  await detail.getByRole('button', { name: 'Reject' }).click({ timeout: 60_000 });
  await detail.getByText('Rejected by alice', { exact: true }).waitFor();
  await dashboard.screenshot(page, 'hypershift');
  assert.deepEqual(dashboard.foreignRequests, []);
});

test('HyperShift: a run without a description shows the API error with its request id', async () => {
  const page = await pageWithNewWorkspace();
  await page.locator('input[name="description"]').fill('');
  await page.getByRole('button', { name: 'Create and start' }).click();
  const error = page.getByRole('alert');
  await error.getByText(/Creating the run failed \(HTTP 400 INVALID_USER_INTENT\)/).waitFor();
  assert.match(await error.innerText(), /request id \S+/);
});

test('HyperShift: a run without a target waits for approval to deploy to "the target"', async () => {
  const page = await pageWithNewWorkspace();
  await page.locator('input[name="target"]').fill('');
  await page.getByRole('button', { name: 'Create and start' }).click();
  await page.getByTestId('run-detail').getByText('Waiting for approval to deploy to the target.').waitFor({ timeout: 60_000 });
});

test('HyperShift: more runs than a page shows (50) are reached with Older runs and Newer runs; the run shown is the current link', async () => {
  const page = await pageWithNewWorkspace();
  const workspace = await page.getByTestId('workspace').innerText();
  const api = `${dashboard.base}/hypershift`;
  const headers = { 'Content-Type': 'application/json', 'X-Workspace-Id': workspace, 'X-User-Id': 'alice' };
  // The free tier allows 10 runs a month.
  assert.equal((await fetch(`${api}/workspaces/${workspace}/tier`, { method: 'PATCH', headers, body: JSON.stringify({ tier: 'pro' }) })).status, 200);
  const ids: string[] = [];
  for (let i = 0; i < 51; i++) {
    const created = await fetch(`${api}/runs`, { method: 'POST', headers, body: JSON.stringify({ user_intent: { description: `Paged run ${i}` } }) });
    assert.equal(created.status, 201);
    ids.push(((await created.json()) as { run_id: string }).run_id);
  }
  const runLink = (id: string) => page.getByRole('link', { name: id, exact: true });
  // Newest first: the first run created is the 51st, on the second page.
  await runLink(ids[50]!).waitFor();
  assert.equal(await page.locator('tr').count(), 50);
  assert.equal(await runLink(ids[0]!).count(), 0);
  // The run shown below the list (the newest, until another is chosen) is marked as the current one.
  await runLink(ids[50]!).and(page.locator('[aria-current="true"]')).waitFor();
  await page.getByRole('button', { name: 'Older runs' }).click();
  await runLink(ids[0]!).waitFor();
  assert.equal(await page.locator('tr').count(), 1);
  assert.ok(await page.getByRole('button', { name: 'Older runs' }).isDisabled());
  await page.getByText('51–51, newest first').waitFor();
  await page.getByRole('button', { name: 'Newer runs' }).click();
  await runLink(ids[50]!).waitFor();
  assert.equal(await runLink(ids[0]!).count(), 0);
});
