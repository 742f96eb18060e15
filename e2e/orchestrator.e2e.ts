import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;
before(async () => {
  // Each test logs the demo user in (some twice): more than the 10 logins an account gets in 15 minutes.
  dashboard = await startDashboard({ ORCHESTRATOR_LOGIN_ACCOUNT_LIMIT: '100' });
});
after(() => dashboard.close());

test('Orchestrator: log in, create and deploy an agent, run a workflow watched over the WebSocket, read the logs, undeploy', async () => {
  const page = await dashboard.open('/app/orchestrator');
  await page.getByLabel('Password').fill('demo-password-123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('live updates connected').waitFor();
  await page.getByLabel('Agent name').fill('E2E Support Bot');
  await page.getByRole('button', { name: 'Create agent' }).click();
  const agent = page.getByTestId('agent').filter({ hasText: 'E2E Support Bot' });
  await agent.getByText('draft').waitFor();
  await page.getByRole('button', { name: 'Create workflow' }).click();
  await page.getByLabel('Message').waitFor();
  await agent.getByRole('button', { name: 'Deploy' }).click();
  await agent.getByText('active').waitFor();
  await page.getByLabel('Message').fill('Where is my order?');
  await page.getByRole('button', { name: 'Execute' }).click();
  const execution = page.getByTestId('execution');
  // The wait node holds the run for 1.5 s: progress arrives over the socket while it runs.
  await execution.getByText(/running think/).waitFor();
  await execution.getByText('completed', { exact: true }).waitFor({ timeout: 30_000 });
  assert.match(await execution.getByTestId('execution-output').innerText(), /Where is my order/);
  await page.getByTestId('logs').getByText(/local runtime|execution/i).first().waitFor();
  await dashboard.screenshot(page, 'orchestrator');
  await agent.getByRole('button', { name: 'Undeploy' }).click();
  await agent.getByText('inactive').waitFor();
  assert.deepEqual(dashboard.foreignRequests, []);
});

test('Orchestrator: a wrong password shows the API error with its correlation id', async () => {
  const page = await dashboard.open('/app/orchestrator');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  const error = page.getByRole('alert');
  await error.getByText(/Logging in failed \(HTTP 401 AUTHENTICATION_ERROR\)/).waitFor();
  assert.match(await error.innerText(), /request id [0-9a-f-]{36}/);
});

test('Orchestrator: an agent without a name shows the field the API names as invalid', async () => {
  const page = await dashboard.open('/app/orchestrator');
  await page.getByLabel('Password').fill('demo-password-123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByLabel('Agent name').fill('');
  await page.getByRole('button', { name: 'Create agent' }).click();
  const error = page.getByRole('alert');
  await error.getByText(/Creating the agent failed \(HTTP 400 VALIDATION_ERROR\)/).waitFor();
  assert.match(await error.innerText(), /name: must NOT have fewer than 1 characters/);
});

test('Orchestrator: an expired access token is renewed with the refresh token, without a reload or a new login; a refused refresh token brings the login form back', async () => {
  const page = await dashboard.open('/app/orchestrator');
  await page.getByLabel('Password').fill('demo-password-123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByLabel('Agent name').fill('Outlives its token');
  await page.getByRole('button', { name: 'Create agent' }).click();
  await page.getByTestId('agent').filter({ hasText: 'Outlives its token' }).waitFor();
  // An hour later: the access token is no longer good (the API answers 401), the refresh token still is.
  await page.evaluate(() => localStorage.setItem('dashboard.orchestrator.accessToken', 'an.expired.token'));
  await page.reload();
  await page.getByText('live updates connected').waitFor();
  await page.getByTestId('agent').filter({ hasText: 'Outlives its token' }).waitFor();
  assert.notEqual(await page.evaluate(() => localStorage.getItem('dashboard.orchestrator.accessToken')), 'an.expired.token');
  assert.equal(await page.getByRole('alert').count(), 0, await page.getByRole('alert').allInnerTexts().then((t) => t.join(' | ')));

  // Both expired (or the session revoked): the login form, saying why, and nothing stale after logging in again.
  await page.evaluate(() => {
    localStorage.setItem('dashboard.orchestrator.accessToken', 'an.expired.token');
    localStorage.setItem('dashboard.orchestrator.refreshToken', 'a-revoked-refresh-token');
  });
  await page.reload();
  await page.getByText('Your session ended; log in again.').waitFor();
  await page.getByLabel('Password').fill('demo-password-123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('live updates connected').waitFor();
  assert.equal(await page.getByText(/session ended/).count(), 0);
});

test('Orchestrator: more agents than a page holds are reached with Next and Previous', async () => {
  const api = `${dashboard.base}/orchestrator/api/v1`;
  const json = { 'Content-Type': 'application/json' };
  const login = await fetch(`${api}/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'demo@orchestrator.local', password: 'demo-password-123' }) });
  const { access_token } = (await login.json()) as { access_token: string };
  // 21 agents, newest first 20 to a page: the first of them is on page 2.
  for (let i = 1; i <= 21; i++) {
    const created = await fetch(`${api}/agents`, { method: 'POST', headers: { ...json, Authorization: `Bearer ${access_token}` }, body: JSON.stringify({ name: `Paged ${i}`, framework: 'langgraph' }) });
    assert.equal(created.status, 201);
  }
  const page = await dashboard.open('/app/orchestrator');
  await page.getByLabel('Password').fill('demo-password-123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('agent').filter({ hasText: 'Paged 21' }).waitFor();
  const first = page.getByTestId('agent').getByRole('link', { name: 'Paged 1', exact: true });
  assert.equal(await first.count(), 0);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText(/^Page 2 of \d+$/).waitFor();
  await first.waitFor();
  // The page is in the address too: a reload stays on it.
  await page.reload();
  await first.waitFor();
  await page.getByRole('button', { name: 'Previous' }).click();
  await page.getByTestId('agent').filter({ hasText: 'Paged 21' }).waitFor();
});

test('Orchestrator: an execution cancelled (its agent undeployed mid-run) says why, not only its status', async () => {
  const page = await dashboard.open('/app/orchestrator');
  await page.getByLabel('Password').fill('demo-password-123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('live updates connected').waitFor();
  await page.getByLabel('Agent name').fill('Bound to fail');
  await page.getByRole('button', { name: 'Create agent' }).click();
  const agent = page.getByTestId('agent').filter({ hasText: 'Bound to fail' });
  await agent.getByText('draft').waitFor();
  const failing = {
    nodes: [
      { id: 'input', type: 'input' },
      { id: 'think', type: 'wait', data: { ms: 2500 } },
      { id: 'boom', type: 'fail', data: { message: 'The order service is down' } },
    ],
    edges: [
      { source: 'input', target: 'think' },
      { source: 'think', target: 'boom' },
    ],
  };
  await page.getByLabel('Workflow definition (nodes and edges)').fill(JSON.stringify(failing));
  await page.getByRole('button', { name: 'Create workflow' }).click();
  await page.getByLabel('Message').waitFor();
  await agent.getByRole('button', { name: 'Deploy' }).click();
  await agent.getByText('active').waitFor();

  // Undeployed while it runs: cancelled, and the page says why.
  await page.getByRole('button', { name: 'Execute' }).click();
  const execution = page.getByTestId('execution');
  await execution.getByText(/running think/).waitFor();
  await agent.getByRole('button', { name: 'Undeploy' }).click();
  await execution.getByRole('alert').getByText(/^Execution cancelled: \S/).waitFor({ timeout: 30_000 });
  assert.equal(await execution.locator('.badge').innerText(), 'cancelled');
});

test('Orchestrator: the selected agent, workflow and execution are in the address: a reload keeps them, and the link opens them for the same user', async () => {
  const page = await dashboard.open('/app/orchestrator');
  await page.getByLabel('Password').fill('demo-password-123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('live updates connected').waitFor();
  await page.getByLabel('Agent name').fill('Kept Across Reloads');
  await page.getByRole('button', { name: 'Create agent' }).click();
  const agent = page.getByTestId('agent').filter({ hasText: 'Kept Across Reloads' });
  await agent.getByText('draft').waitFor();
  await page.getByRole('button', { name: 'Create workflow' }).click();
  await page.getByLabel('Message').waitFor();
  await agent.getByRole('button', { name: /Deploy/ }).click();
  await agent.getByText('active').waitFor();
  await page.getByLabel('Message').fill('Kept order');
  await page.getByRole('button', { name: 'Execute' }).click();
  const execution = page.getByTestId('execution');
  await execution.getByText('completed', { exact: true }).waitFor({ timeout: 30_000 });

  await page.reload();
  await execution.getByText('completed', { exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Workflow of Kept Across Reloads' }).waitFor();
  assert.match(await execution.getByTestId('execution-output').innerText(), /Kept order/);

  // A second workflow of the agent: the one chosen is kept too (choosing it leaves the execution of the first).
  const agentId = new URL(page.url()).searchParams.get('agent');
  assert.ok(agentId, page.url());
  const token = await page.evaluate(() => localStorage.getItem('dashboard.orchestrator.accessToken'));
  const second = await fetch(`${dashboard.base}/orchestrator/api/v1/agents/${agentId}/workflows`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: 'Second', workflow_data: { nodes: [{ id: 'input', type: 'input' }], edges: [] } }),
  });
  assert.equal(second.status, 201);
  await page.reload();
  await page.getByRole('combobox', { name: /^Workflow/ }).selectOption({ label: 'Second v1.0.0' });
  assert.equal(await execution.count(), 0);
  await page.reload();
  await page.getByRole('heading', { name: 'Workflow of Kept Across Reloads' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: /^Workflow/ }).inputValue(), (await second.json()).id);
  // Back returns to the first workflow and its execution.
  await page.goBack();
  await execution.getByText('completed', { exact: true }).waitFor();

  // The link, opened elsewhere (no session there yet): after logging in, the same agent and execution.
  const elsewhere = await dashboard.open(new URL(page.url()).pathname + new URL(page.url()).search);
  await elsewhere.getByLabel('Password').fill('demo-password-123');
  await elsewhere.getByRole('button', { name: 'Log in' }).click();
  await elsewhere.getByRole('heading', { name: 'Workflow of Kept Across Reloads' }).waitFor();
  assert.match(await elsewhere.getByTestId('execution').getByTestId('execution-output').innerText(), /Kept order/);
});

test('Orchestrator: each Deploy and Undeploy button is named with its agent, and the selected agent is marked as current', async () => {
  const page = await dashboard.open('/app/orchestrator');
  await page.getByLabel('Password').fill('demo-password-123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByLabel('Agent name').fill('Named Left');
  await page.getByRole('button', { name: 'Create agent' }).click();
  await page.getByRole('button', { name: 'Create workflow' }).click();
  await page.getByLabel('Message').waitFor();
  await page.getByLabel('Agent name').fill('Named Right');
  await page.getByRole('button', { name: 'Create agent' }).click();
  await page.getByRole('heading', { name: 'Workflow of Named Right' }).waitFor();
  await page.getByRole('link', { name: 'Named Right', exact: true }).and(page.locator('[aria-current="true"]')).waitFor();
  // By name alone, as a screen reader's list of buttons reads them: the two agents' Deploy buttons are told apart.
  await page.getByRole('button', { name: 'Deploy Named Right', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Deploy Named Left', exact: true }).click();
  await page.getByRole('button', { name: 'Undeploy Named Left', exact: true }).click();
  await page.getByTestId('agent').filter({ hasText: 'Named Left' }).getByText('inactive').waitFor();
});

test('Orchestrator: a workflow definition that is not JSON is refused before it is sent, as an alert a screen reader announces', async () => {
  const page = await dashboard.open('/app/orchestrator');
  await page.getByLabel('Password').fill('demo-password-123');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByLabel('Agent name').fill('Given a typo');
  await page.getByRole('button', { name: 'Create agent' }).click();
  await page.getByLabel('Workflow definition (nodes and edges)').fill('{"nodes": [');
  await page.getByRole('button', { name: 'Create workflow' }).click();
  await page.getByRole('alert').getByText(/^The workflow is not JSON: /).waitFor();
});
