import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RUN_QUEUE } from '../../src/services/lenserfight/run-submission.js';
import { testQueueSchema } from '../support/queue-schema.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import { executeDemoLens, waitForRunStatus } from './support.js';

// The provider takes long enough for a test to act while a worker holds the run; the periodic sweep never fires.
const env = { LOCAL_PROVIDER_DELAY_MS: '3000', RUN_STALE_AFTER_MS: '600000' };

let server: TestServer;
before(async () => {
  server = await startTestServer(env);
});
after(() => server.close());

const runRow = (s: TestServer, runId: string) => s.db.knex('lf_runs').where({ id: runId }).first();
const eventTypes = async (s: TestServer, runId: string) => (await s.db.knex('lf_run_events').where({ run_id: runId }).orderBy('id')).map((e) => e.event_type as string);
const jobsOf = (s: TestServer, runId: string) => s.db.knex(`${testQueueSchema}.job`).where({ name: RUN_QUEUE }).whereRaw(`data->>'runId' = ?`, [runId]);

describe("a run's claim", () => {
  test('a worker taken for lost writes nothing once another has claimed the run', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user);
    await waitFor(async () => (await runRow(server, runId))?.status === 'running');
    // The first worker is still waiting on the provider when the sweep takes its heartbeat for stale.
    await server.db.knex('lf_runs').where({ id: runId }).update({ heartbeat_at: new Date(Date.now() - 3_600_000) });
    assert.equal(await server.services.recovery.sweep(), 1);
    const run = await waitForRunStatus(server, user, runId);
    assert.equal(run.status, 'succeeded');
    // Both workers are done once both jobs are.
    await waitFor(async () => {
      const jobs = await jobsOf(server, runId);
      return jobs.length === 2 && jobs.every((j) => j.state === 'completed');
    });
    const types = await eventTypes(server, runId);
    assert.deepEqual(types.filter((t) => t === 'run.started').length, 2);
    assert.deepEqual(types.filter((t) => t === 'run.succeeded').length, 1);
    assert.equal(types.at(-1), 'run.succeeded');
    const artifacts = await server.db.knex('lf_artifacts').where({ run_id: runId });
    assert.deepEqual(artifacts.map((a) => a.artifact_kind).sort(), ['text', 'trace']);
    assert.equal((await runRow(server, runId)).attempts, 2);
  });

  test('a stopping queue hands a running run back: queued again, with a job waiting for it', async () => {
    const stopping = await startTestServer({ ...env, LOCAL_PROVIDER_DELAY_MS: '600000' });
    try {
      const user = uniqueUser();
      const runId = await executeDemoLens(stopping, user);
      await waitFor(async () => (await runRow(stopping, runId))?.status === 'running');
      await stopping.queue.stop(50);
      const run = await runRow(stopping, runId);
      assert.equal(run.status, 'queued');
      const types = await eventTypes(stopping, runId);
      assert.equal(types.at(-1), 'run.requeued');
      const requeued = await stopping.db.knex('lf_run_events').where({ run_id: runId, event_type: 'run.requeued' }).first();
      assert.equal(requeued.payload.reason, 'server_stopping');
      const states = (await jobsOf(stopping, runId).orderBy('created_on')).map((j) => j.state);
      assert.deepEqual(states, ['completed', 'created']);
    } finally {
      await stopping.close();
    }
  });
});
