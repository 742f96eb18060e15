import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Services } from '../../src/apis/lightning/services.js';
import { startTestServer } from '../support/test-server.js';
import { pollJob, type LightningServer } from './support.js';

/** A server on a database that outlives it: a data directory of its own on PGlite, DATABASE_URL when set. */
async function startOn(dataDir: string): Promise<LightningServer> {
  const server = await startTestServer({ DATA_DIR: dataDir }, { apis: ['lightning'], persistent: true });
  return Object.assign(server, { ln: server.servicesOf<Services>('lightning') });
}

describe('the stub Lightning node is persisted', () => {
  test('an invoice issued before a restart is paid and observed after it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lightning-restart-'));
    try {
      const first = await startOn(dataDir);
      const created = await first.http.post('/api/jobs').send({ request: 'Survive a restart.' });
      assert.equal(created.status, 201);
      await first.close();

      const second = await startOn(dataDir);
      try {
        const paid = await second.http.post(`/api/dev/stub/pay/${created.body.evalInvoice.paymentHash}`);
        assert.equal(paid.status, 200);
        const job = await pollJob(second, created.body.jobId, ['awaiting_work_payment']);
        assert.equal(job.jobId, created.body.jobId);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
