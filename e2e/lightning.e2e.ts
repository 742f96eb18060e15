import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { encodeInvoice } from '../src/services/lightning/bolt11-codec.js';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;
before(async () => {
  dashboard = await startDashboard();
});
after(() => dashboard.close());

/** An invoice "from the user's wallet" (another node key), as src/apis/lightning/wallet-invoice.ts makes. */
const walletInvoice = (amountSats: number) =>
  encodeInvoice({
    network: 'regtest',
    nodeKey: randomBytes(32).toString('hex'),
    amountSats,
    paymentHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
    paymentSecret: randomBytes(32).toString('hex'),
    description: 'refund',
    expirySeconds: 3600,
  });

test('Lightning: a job paid through both invoices, its result, pricing and ledger, and its refund; a session deposited, used and topped up; both kept across a reload', async () => {
  const page = await dashboard.open('/app/lightning');
  await page.getByRole('button', { name: 'Create job' }).click();
  const job = page.getByTestId('job');
  const evalInvoice = job.getByTestId('invoice').filter({ hasText: 'Eval invoice' });
  await evalInvoice.getByAltText('QR code of the Eval invoice').waitFor();
  assert.match(await evalInvoice.innerText(), /10 sats[\s\S]*expires[\s\S]*lnbcrt/);
  await evalInvoice.getByRole('button', { name: 'Pay (dev stub)' }).click();
  // No reload: the page polls the job, which the server moves on.
  const workInvoice = job.getByTestId('invoice').filter({ hasText: 'Work invoice' });
  await workInvoice.getByRole('button', { name: 'Pay (dev stub)' }).waitFor({ timeout: 30_000 });
  await job.getByText('btcPriceUsd').waitFor();
  await workInvoice.getByRole('button', { name: 'Pay (dev stub)' }).click();
  await job.locator('.badge', { hasText: 'complete' }).waitFor({ timeout: 30_000 });
  // A reload (or a look at another page) keeps the job: its id is the only way back to the refund.
  await page.reload();
  await job.locator('.badge', { hasText: 'complete' }).waitFor();
  assert.match(await job.getByTestId('job-result').innerText(), /not a real LLM/);
  await job.getByText('refundAmountSats').waitFor();

  const owed = Number((await job.getByText(/^Refund of \d+ sats/).innerText()).match(/Refund of (\d+) sats/)![1]);
  await job.locator('input[name="refund-invoice"]').fill(walletInvoice(owed + 1));
  await job.getByRole('button', { name: 'Claim refund' }).click();
  const error = job.getByRole('alert');
  await error.getByText(/Claiming the refund failed \(HTTP 400\)/).waitFor();
  assert.match(await error.innerText(), /request id \S+/);
  await job.locator('input[name="refund-invoice"]').fill(walletInvoice(owed));
  await job.getByRole('button', { name: 'Claim refund' }).click();
  await job.getByText(`Refund paid: ${owed} sats.`).waitFor();

  // The API takes 100-10,000 sats: the field itself refuses 50 (the spec's bounds, from the generated zod module).
  const deposit = page.getByLabel('Deposit (sats)');
  await deposit.fill('50');
  await page.getByRole('button', { name: 'Open session' }).click();
  assert.equal(await deposit.evaluate((input: HTMLInputElement) => input.validity.rangeUnderflow), true);
  assert.equal(await page.getByTestId('session').count(), 0, 'no session was opened');
  await deposit.fill('500');
  await page.getByRole('button', { name: 'Open session' }).click();
  const session = page.getByTestId('session');
  await session.getByTestId('invoice').getByRole('button', { name: 'Pay (dev stub)' }).click();
  await session.locator('.badge', { hasText: 'active' }).waitFor({ timeout: 30_000 });
  assert.equal(await session.getByTestId('balance').innerText(), '500');
  await page.reload();
  await session.getByTestId('balance').getByText('500', { exact: true }).waitFor();
  await session.getByRole('button', { name: 'Send request' }).click();
  const answer = session.getByTestId('session-answer');
  await answer.getByText('complete').waitFor({ timeout: 30_000 });
  const afterRequest = Number((await answer.innerText()).match(/(\d+) left/)![1]);
  assert.ok(afterRequest < 500, `balance ${afterRequest}`);
  await session.getByTestId('balance').getByText(String(afterRequest), { exact: true }).waitFor();
  await session.getByRole('button', { name: 'Top up' }).click();
  await session.getByTestId('invoice').filter({ hasText: 'Top-up invoice' }).getByRole('button', { name: 'Pay (dev stub)' }).click();
  await session.getByTestId('balance').getByText(String(afterRequest + 1000)).waitFor({ timeout: 30_000 });
  await dashboard.screenshot(page, 'lightning');
  assert.deepEqual(dashboard.foreignRequests, []);
});
