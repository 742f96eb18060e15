import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { readSse } from '../support/sse-client.js';

// With polling effectively off, an event written by another connection can only reach the stream through
// Postgres LISTEN/NOTIFY. The embedded database has no cross-connection NOTIFY, so this runs on Postgres only.
const onPostgres = Boolean(process.env.DATABASE_URL);
let server: TestServer;

describe('live events on Postgres arrive through LISTEN/NOTIFY', { skip: !onPostgres && 'needs DATABASE_URL (Postgres)' }, () => {
  before(async () => {
    server = await startTestServer({ SSE_POLL_MS: '600000' });
  });
  after(() => server?.close());

  test('an event inserted by another connection reaches an open stream, then done after the terminal event', async () => {
    const user = uniqueUser();
    const runId = randomUUID();
    await server.db.knex('lf_runs').insert({
      id: runId,
      request_id: randomUUID(),
      owner_sub: user,
      kind: 'lens',
      lens_id: server.demo.lensId,
      status: 'running',
      inputs: '{}',
      options: '{}',
      heartbeat_at: new Date(),
    });
    const stream = readSse(server.listener, `/lenserfight/v1/runs/${runId}/events`, await server.auth(user));
    await new Promise((r) => setTimeout(r, 300));
    await server.db.knex('lf_run_events').insert({ run_id: runId, event_type: 'run.progress', payload: JSON.stringify({ step: 1 }) });
    await server.db.knex.transaction(async (trx) => {
      await trx('lf_runs').where({ id: runId }).update({ status: 'succeeded' });
      await trx('lf_run_events').insert({ run_id: runId, event_type: 'run.succeeded', payload: '{}' });
    });
    const res = await stream;
    assert.deepEqual(res.events.map((e) => e.event), ['run.progress', 'run.succeeded', 'done']);
  });
});
