import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RUN_QUEUE } from '../../src/services/lenserfight/run-submission.js';
import { ownQueueSchema, testQueueSchema } from '../support/queue-schema.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import { executeDemoLens } from './support.js';

// The provider takes long enough for a test to act while a worker holds the run, and far less than any server's
// stale-run threshold: on a shared Postgres, another test file's server sweeps these runs too.
const env = { LOCAL_PROVIDER_DELAY_MS: '1000' };

let server: TestServer;
before(async () => {
  server = await startTestServer(env);
});
after(() => server.close());

const runRow = (s: TestServer, runId: string) => s.db.knex('lf_runs').where({ id: runId }).first();
const eventTypes = async (s: TestServer, runId: string) => (await s.db.knex('lf_run_events').where({ run_id: runId }).orderBy('id')).map((e) => e.event_type as string);
const jobsOf = (s: TestServer, runId: string, schema = testQueueSchema) => s.db.knex(`${schema}.job`).where({ name: RUN_QUEUE }).whereRaw(`data->>'runId' = ?`, [runId]);

describe("a run's claim", () => {
  test('a worker whose run was taken over meanwhile writes nothing when its model answers', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user);
    await waitFor(async () => (await runRow(server, runId))?.status === 'running', 15_000, 10);
    // What the sweep and another worker's claim leave behind: the run running under the next claim.
    await server.db.knex('lf_runs').where({ id: runId }).update({ attempts: 2, heartbeat_at: new Date() });
    await waitFor(async () => (await jobsOf(server, runId)).every((j) => j.state === 'completed'));
    const run = await runRow(server, runId);
    assert.deepEqual([run.status, run.attempts, run.completed_at], ['running', 2, null]);
    assert.deepEqual(await eventTypes(server, runId), ['run.queued', 'run.started', 'node.started', 'node.completed']);
    assert.deepEqual(await server.db.knex('lf_artifacts').where({ run_id: runId }), []);
    await server.db.knex('lf_runs').where({ id: runId }).update({ status: 'canceled' });
  });

  test('a stopping queue hands a running run back: queued again, with a job waiting for it', async () => {
    const schema = ownQueueSchema('stopping');
    const stopping = await startTestServer({ LOCAL_PROVIDER_DELAY_MS: '600000', QUEUE_SCHEMA: schema });
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
      const states = (await jobsOf(stopping, runId, schema).orderBy('created_on')).map((j) => j.state);
      assert.deepEqual(states, ['completed', 'created']);
    } finally {
      await stopping.close();
    }
  });
});
