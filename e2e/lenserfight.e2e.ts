import assert from 'node:assert/strict';
import { request as httpRequest, createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;
before(async () => {
  // Slow model calls, so the run is watched while it runs.
  dashboard = await startDashboard({ LOCAL_PROVIDER_DELAY_MS: '800' });
});
after(() => dashboard.close());

test('LenserFight: mint a token, pick the demo lens, execute, watch the run live (through a reload), read its artifacts', async () => {
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
  // A reload in the middle keeps watching the run.
  await page.reload();
  await run.getByText('done: succeeded').waitFor({ timeout: 30_000 });
  await run.locator('.badge', { hasText: 'succeeded' }).waitFor();
  const artifacts = await run.getByTestId('artifact').allInnerTexts();
  assert.ok(artifacts.some((text) => text.includes('primary output') && /contract-first APIs/.test(text)), artifacts.join('\n'));
  await dashboard.screenshot(page, 'lenserfight');
  assert.deepEqual(dashboard.foreignRequests, []);
});

test('LenserFight: signed in and out from the keyboard, the focus stays in the page; a required param left out shows the API error with its request id', async () => {
  const page = await dashboard.open('/app/lenserfight');
  await page.getByLabel('Development: mint a token for user').press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  // The sign-in form is gone: the focus is on the page's heading, and the next Tab reaches the page, not the navigation.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Sign out');
  // The browser's own check would stop the form first; this test is about what the API says.
  await page.locator('input[name="param-topic"]').evaluate((input) => input.removeAttribute('required'));
  await page.getByRole('button', { name: 'Execute' }).click();
  const error = page.getByRole('alert');
  await error.getByText(/HTTP 400 missing_param.*topic/).waitFor();
  assert.match(await error.innerText(), /request id [0-9a-f-]{8,}/);
  // Signing out from the keyboard: the sign-in form comes back and the focus stays in the page, so the next Tab
  // reaches the form rather than the navigation.
  await page.getByRole('button', { name: 'Sign out' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Bearer token').waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'token');
});

test('LenserFight: a token the API refuses (expired, say) brings the sign-in form back, saying why', async () => {
  const page = await dashboard.open('/app/lenserfight');
  await page.evaluate(() => localStorage.setItem('dashboard.platformToken', 'an.expired.token'));
  await page.reload();
  await page.getByText(/^The API refused the token \(Bearer token is invalid\); sign in again\.$/).waitFor();
  await page.getByRole('button', { name: 'Mint token' }).click();
  await page.getByLabel('Lens').waitFor();
  assert.equal(await page.getByText(/refused the token/).count(), 0);
});

test('LenserFight: a token that expires while the page is open is refused on Execute: the sign-in form comes back, saying why', async () => {
  const page = await dashboard.open('/app/lenserfight');
  await page.getByRole('button', { name: 'Mint token' }).click();
  await page.locator('input[name="param-topic"]').fill('expiry');
  // An hour later the lenses are still on the page, but the token is no longer good: only the submit meets the API.
  await page.evaluate(() => localStorage.setItem('dashboard.platformToken', 'an.expired.token'));
  await page.getByRole('button', { name: 'Execute' }).click();
  await page.getByText(/^The API refused the token \(Bearer token is invalid\); sign in again\.$/).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('dashboard.platformToken')), null);
});

/**
 * A forwarding proxy in front of the server that can drop every open event stream, as a flaky network or a
 * balancer's restart would, and remembers the `Last-Event-ID` each stream request carried.
 */
async function streamCuttingProxy(target: string) {
  const streams = new Set<ServerResponse>();
  const resumedFrom: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    if (req.url?.includes('/events')) resumedFrom.push(req.headers['last-event-id'] as string | undefined);
    const upstream = httpRequest(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      if (String(answer.headers['content-type']).startsWith('text/event-stream')) {
        streams.add(res);
        res.on('close', () => streams.delete(res));
      }
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    resumedFrom,
    cutStreams: () => {
      const cut = streams.size;
      for (const res of streams) res.socket?.destroy();
      return cut;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

test('LenserFight: a dropped event stream resumes with Last-Event-ID; the timeline neither repeats nor misses an event', async () => {
  const proxy = await streamCuttingProxy(dashboard.base);
  try {
    const page = await dashboard.open('/app/lenserfight', proxy.base);
    await page.getByLabel('Development: mint a token for user').fill('bob');
    await page.getByRole('button', { name: 'Mint token' }).click();
    await page.getByLabel('Lens').selectOption({ label: 'Explain a topic' });
    await page.locator('input[name="param-topic"]').fill('reconnects');
    await page.getByRole('button', { name: 'Execute' }).click();
    const run = page.getByTestId('run');
    await run.getByText(/run\.started/).waitFor();
    assert.equal(proxy.cutStreams(), 1);
    await run.getByText('done: succeeded').waitFor({ timeout: 30_000 });

    assert.equal(proxy.resumedFrom.length, 2, 'the stream was opened again after the drop');
    assert.equal(proxy.resumedFrom[0], undefined);
    assert.match(proxy.resumedFrom[1] ?? '', /^\d+$/, 'the second request resumed after the last event received');
    const timeline = await run.locator('ol.timeline li').allInnerTexts();
    const ids = timeline.flatMap((text) => text.match(/^#(\d+) /)?.[1] ?? []).map(Number);
    assert.ok(ids.every((id, i) => i === 0 || id > ids[i - 1]), `each event once, in order: ${ids.join(', ')}`);
    const types = timeline.map((text) => text.match(/^#\d+ (\S+)/)?.[1] ?? text);
    assert.deepEqual(types, ['run.queued', 'run.started', 'node.started', 'node.completed', 'artifact.created', 'run.succeeded', 'done: succeeded']);
    assert.deepEqual(dashboard.foreignRequests, []);
  } finally {
    await proxy.close();
  }
});
