import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { waitForRunStatus } from './support.js';

let server: TestServer;
before(async () => {
  // Well above any run's time between heartbeats: on a shared Postgres this server's sweeps see other files' runs.
  server = await startTestServer({ RUN_STALE_AFTER_MS: '30000' });
});
after(() => server.close());

/** A run as a crashed worker leaves it: `running`, with a heartbeat from before the crash. */
async function orphanedRun(user: string, attempts: number): Promise<string> {
  const id = randomUUID();
  await server.db.knex('lf_runs').insert({
    id,
    request_id: randomUUID(),
    owner_sub: user,
    kind: 'lens',
    lens_id: server.demo.lensId,
    status: 'running',
    inputs: JSON.stringify({ topic: 'crash' }),
    options: '{}',
    attempts,
    started_at: new Date(Date.now() - 600_000),
    heartbeat_at: new Date(Date.now() - 600_000),
  });
  return id;
}

describe('run recovery after a crash', () => {
  test('a run whose worker died is requeued and completes', async () => {
    const user = uniqueUser();
    const runId = await orphanedRun(user, 1);
    assert.ok((await server.services.recovery.sweep()) >= 1);
    const run = await waitForRunStatus(server, user, runId);
    assert.equal(run.status, 'succeeded');
    const types = (await server.db.knex('lf_run_events').where({ run_id: runId }).orderBy('id')).map((e) => e.event_type);
    assert.equal(types[0], 'run.requeued');
    assert.equal(types.at(-1), 'run.succeeded');
  });

  test('a run that lost its worker three times fails instead of looping', async () => {
    const user = uniqueUser();
    const runId = await orphanedRun(user, 3);
    await server.services.recovery.sweep();
    const run = await waitForRunStatus(server, user, runId);
    assert.equal(run.status, 'failed');
    assert.equal(run.errorCode, 'worker_lost');
  });

  test('getRunStatus and streamRunEvents: a run failed for a lost worker reads as any failed run (not billed, its message in the event)', async () => {
    const user = uniqueUser();
    const runId = await orphanedRun(user, 3);
    await server.services.recovery.sweep();
    const run = await waitForRunStatus(server, user, runId);
    assert.deepEqual([run.status, run.billingStatus, run.creditCost], ['failed', 'not_billed', 0]);
    const failed = await server.db.knex('lf_run_events').where({ run_id: runId, event_type: 'run.failed' }).first();
    assert.deepEqual(failed.payload, { status: 'failed', errorCode: 'worker_lost', errorMessage: run.errorMessage });
  });

  test('a run with a fresh heartbeat is left alone', async () => {
    const user = uniqueUser();
    const runId = await orphanedRun(user, 1);
    await server.db.knex('lf_runs').where({ id: runId }).update({ heartbeat_at: new Date() });
    await server.services.recovery.sweep();
    assert.equal((await server.db.knex('lf_runs').where({ id: runId }).first()).status, 'running');
    await server.db.knex('lf_runs').where({ id: runId }).update({ status: 'canceled' });
  });
});
