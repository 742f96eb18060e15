import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;
before(async () => {
  // Slow model calls, so each answer is seen arriving before the synthesis.
  dashboard = await startDashboard({ LOCAL_PROVIDER_DELAY_MS: '700' });
});
after(() => dashboard.close());

test('Hybrid Thinking: pick models, run a hybrid prompt, see each answer then the synthesis (kept through a reload); write, save and run a workflow (Enter in its input), its job kept through a reload too', async () => {
  const page = await dashboard.open('/app/hybrid');
  await page.getByLabel('Development: mint a token for user').fill('hank');
  await page.getByRole('button', { name: 'Mint token' }).click();
  await page.getByText('Signed in as hank').waitFor();
  await page.getByRole('checkbox', { name: /balanced/i }).check();
  await page.getByRole('button', { name: 'Run hybrid prompt' }).click();
  const job = page.getByTestId('hybrid-job').first();
  await job.getByText('generating').waitFor();
  await job.getByTestId('answer-Synthesis').getByText(/Waiting/).waitFor();
  await job.locator('.badge', { hasText: 'completed' }).waitFor({ timeout: 30_000 });
  for (const model of ['local-fast', 'local-deep', 'local-balanced']) assert.match(await job.getByTestId(`answer-${model}`).innerText(), /not a real LLM/);
  assert.match(await job.getByTestId('answer-Synthesis').innerText(), /not a real LLM/);
  // A visit to another page, or a reload, comes back to the job and its answers.
  await page.getByRole('link', { name: 'Lightning' }).click();
  await page.getByRole('link', { name: 'Hybrid Thinking' }).click();
  await job.locator('.badge', { hasText: 'completed' }).waitFor();
  await page.reload();
  assert.match(await job.getByTestId('answer-local-balanced').innerText(), /not a real LLM/);

  const editor = page.locator('textarea[name="workflow-yaml"]');
  await editor.fill((await editor.inputValue()).replace('workflow_name: brief', 'workflow_name: e2e-brief'));
  // Enter in the input saves and runs, as the button does.
  await page.locator('input[name="input-topic"]').fill('monorepos');
  await page.locator('input[name="input-topic"]').press('Enter');
  await page.getByRole('button', { name: 'e2e-brief' }).waitFor();
  const workflowJob = page.getByTestId('workflow-run').getByTestId('hybrid-job');
  await workflowJob.locator('.badge', { hasText: 'generating' }).waitFor();
  // The workflow's job is kept too: a reload while its models answer comes back to it.
  await page.reload();
  await workflowJob.locator('.badge', { hasText: 'completed' }).waitFor({ timeout: 30_000 });
  assert.match(await workflowJob.getByTestId('answer-Synthesis').innerText(), /Merge/);
  await dashboard.screenshot(page, 'hybrid');
  assert.deepEqual(dashboard.foreignRequests, []);
});

test('Hybrid Thinking: a workflow naming an unknown model shows the API error with its request id; one that is not a mapping is refused before it is sent', async () => {
  const page = await dashboard.open('/app/hybrid');
  await page.getByRole('button', { name: 'Mint token' }).click();
  const editor = page.locator('textarea[name="workflow-yaml"]');
  await editor.fill((await editor.inputValue()).replace('models: [local-fast]', 'models: [no-such-model]'));
  await page.getByRole('button', { name: 'Save and run' }).click();
  const error = page.getByRole('alert');
  await error.getByText(/Saving the workflow failed \(HTTP 400/).waitFor();
  assert.match(await error.innerText(), /no-such-model[\s\S]*request id \S+/);

  // Checked before it is sent: a definition that is not a mapping says so, without a stray path.
  await editor.fill('just a sentence');
  await page.getByRole('button', { name: 'Save and run' }).click();
  await page.getByRole('alert').getByText(/^Expected object, received string$/).waitFor();
});

test('Hybrid Thinking: the workflow list says it is loading, then that there are none yet; the first saved workflow takes that place, and the open one is pressed', async () => {
  const page = await dashboard.open('/app/hybrid');
  // A slow answer, so the wait is seen.
  await page.route('**/hybrid/v1/workflows', async (route) => {
    if (route.request().method() === 'GET') await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.getByLabel('Development: mint a token for user').fill('nova');
  await page.getByRole('button', { name: 'Mint token' }).click();
  await page.getByRole('status').filter({ hasText: 'Loading workflows…' }).waitFor();
  const none = page.getByText('No saved workflows yet: write one below, then Save and run.');
  await none.waitFor();
  await page.getByRole('button', { name: 'Save and run' }).click();
  await page.getByRole('button', { name: 'brief', exact: true }).waitFor();
  assert.equal(await none.count(), 0);
  // Which workflow is open is said, not only shown by the buttons' colours.
  await page.getByRole('button', { name: 'New workflow', pressed: true }).waitFor();
  await page.getByRole('button', { name: 'brief', exact: true }).click();
  await page.getByRole('button', { name: 'brief', exact: true, pressed: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'New workflow', pressed: false }).count(), 1);
});

test('Hybrid Thinking: a submission over the 10-a-minute limit says when to try again (the API\'s Retry-After)', async () => {
  const page = await dashboard.open('/app/hybrid');
  await page.getByLabel('Development: mint a token for user').fill('rita');
  await page.getByRole('button', { name: 'Mint token' }).click();
  await page.getByText('Signed in as rita').waitFor();
  const token = await page.evaluate(() => localStorage.getItem('dashboard.platformToken'));
  for (let i = 0; i < 10; i++) {
    const sent = await fetch(`${dashboard.base}/hybrid/v1/run-hybrid`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ userId: 'rita', promptText: `Earlier ${i}`, requestedModels: ['local-fast'] }),
    });
    assert.equal(sent.status, 202);
  }
  await page.getByRole('button', { name: 'Run hybrid prompt' }).click();
  const error = page.getByRole('alert');
  await error.getByText(/Running the prompt failed \(HTTP 429 rate_limited\)/).waitFor();
  assert.match(await error.innerText(), /Try again in ([1-9]|[1-5]\d|60) s\./);
});
