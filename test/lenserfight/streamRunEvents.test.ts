import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { readSse } from '../support/sse-client.js';
import { RunEventStore } from '../../src/services/lenserfight/run-event-store.js';
import { assertOpaque500, base, executeDemoLens, failOnce, waitForRunStatus } from './support.js';

let server: TestServer;
before(async () => {
  // A slow local model keeps runs going long enough to connect, drop and resume mid-run.
  server = await startTestServer({ LOCAL_PROVIDER_DELAY_MS: '300', SSE_KEEPALIVE_MS: '100' });
});
after(() => server.close());

const eventsPath = (runId: string) => `${base}/runs/${runId}/events`;
const authHeader = async (user: string) => ({ ...(await server.auth(user)) });

describe('streamRunEvents', () => {
  test('200: every event in order with id, event and data, then done, then the stream closes', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user);
    const res = await readSse(server.listener, eventsPath(runId), await authHeader(user));
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/event-stream/);
    const types = res.events.map((e) => e.event);
    assert.deepEqual(types, ['run.queued', 'run.started', 'node.started', 'node.completed', 'artifact.created', 'run.succeeded', 'done']);
    const ids = res.events.slice(0, -1).map((e) => Number(e.id));
    assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
    const data = JSON.parse(res.events[1].data);
    assert.equal(data.eventType, 'run.started');
    assert.ok(Date.parse(data.occurredAt) > 0);
    assert.equal(typeof data.payload, 'object');
    assert.ok(res.comments.includes('keep-alive'), 'a keep-alive comment while the model was working');
  });

  test('200: resuming mid-run with Last-Event-ID loses and repeats nothing', async () => {
    const user = uniqueUser();
    const runId = await server.http
      .post(`${base}/workflows/${server.demo.workflowId}/run`)
      .set(await server.auth(user))
      .send({ inputs: { topic: 'resume' } })
      .then((r) => r.body.data.runId as string);
    const first = await readSse(server.listener, eventsPath(runId), await authHeader(user), 3);
    assert.equal(first.events.length, 3);
    const status = (await server.db.knex('lf_runs').where({ id: runId }).first()).status;
    assert.notEqual(status, 'succeeded', 'the run was still going when the client dropped');
    const last = first.events[2].id!;
    const second = await readSse(server.listener, eventsPath(runId), { ...(await authHeader(user)), 'Last-Event-ID': last });
    const all = [...first.events, ...second.events].filter((e) => e.event !== 'done');
    const stored = await server.db.knex('lf_run_events').where({ run_id: runId }).orderBy('id');
    assert.deepEqual(all.map((e) => Number(e.id)), stored.map((e) => Number(e.id)));
    assert.equal(second.events.at(-1)!.event, 'done');
  });

  test('200: resuming a finished run sends only what follows the cursor, then done', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user);
    await waitForRunStatus(server, user, runId);
    const full = await readSse(server.listener, eventsPath(runId), await authHeader(user));
    const cursor = full.events[3].id!;
    const resumed = await readSse(server.listener, eventsPath(runId), { ...(await authHeader(user)), 'Last-Event-ID': cursor });
    assert.deepEqual(resumed.events.map((e) => e.id), full.events.slice(4).map((e) => e.id));
    const atEnd = await readSse(server.listener, eventsPath(runId), { ...(await authHeader(user)), 'Last-Event-ID': full.events.at(-2)!.id! });
    assert.deepEqual(atEnd.events.map((e) => e.event), ['done']);
  });

  test('200: a Last-Event-ID past every id, even past bigint, sends only done (it was the stream\'s error event)', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user);
    await waitForRunStatus(server, user, runId);
    for (const cursor of ['9223372036854775808', '99999999999999999999']) {
      const res = await readSse(server.listener, eventsPath(runId), { ...(await authHeader(user)), 'Last-Event-ID': cursor });
      assert.equal(res.status, 200);
      assert.deepEqual(res.events.map((e) => e.event), ['done'], cursor);
    }
  });

  test('200: a Last-Event-ID past every id on a run still going resumes after its last event and ends with done', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user);
    const headers = { ...(await authHeader(user)), 'Last-Event-ID': '99999999999999999999' };
    const stalled = new Promise<'stalled'>((resolve) => setTimeout(() => resolve('stalled'), 5000).unref());
    const res = await Promise.race([readSse(server.listener, eventsPath(runId), headers), stalled]);
    assert.notEqual(res, 'stalled', 'the stream was still open 5 s after the run ended');
    if (res === 'stalled') return;
    const types = res.events.map((e) => e.event);
    assert.equal(types.at(-1), 'done');
    assert.equal(JSON.parse(res.events.at(-1)!.data).status, 'succeeded');
    assert.ok(types.includes('run.succeeded'), `the terminal event is sent: ${types.join(', ')}`);
    const ids = res.events.slice(0, -1).map((e) => Number(e.id));
    assert.equal(new Set(ids).size, ids.length);
  });

  test("200: a stream's new events reach it however many events other watched runs already sent (the poll read those first)", async () => {
    const user = uniqueUser();
    const waiting = await executeDemoLens(server, user);
    await waitForRunStatus(server, user, waiting);
    const busy = await executeDemoLens(server, user);
    await waitForRunStatus(server, user, busy);
    const last = async (runId: string) => Number((await server.db.knex('lf_run_events').where({ run_id: runId }).max('id as max').first())!.max);
    // The busy run's stream has sent all its events; the waiting run's stream has sent all of its, which are older.
    const cursors = new Map([
      [waiting, await last(waiting)],
      [busy, await last(busy)],
    ]);
    const store = new RunEventStore(server.db.knex);
    const fresh = await store.append(waiting, 'run.note', { n: 1 });
    // A limit below the busy run's count of events, as 5000 is below that of many busy runs watched together.
    const polled = await store.listAfterForRuns(cursors, 3);
    assert.deepEqual(polled.map((e) => [e.run_id, Number(e.id)]), [[waiting, Number(fresh.id)]]);
  });

  test('400: a Last-Event-ID that is not a number', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user);
    const res = await server.http.get(eventsPath(runId)).set(await server.auth(user)).set('Last-Event-ID', 'abc');
    assert.equal(res.status, 400);
    assert.equal(res.body.error.details.errors[0].location, 'header');
  });

  test('404: another subject cannot stream the run', async () => {
    const runId = await executeDemoLens(server, uniqueUser('owner'));
    const res = await server.http.get(eventsPath(runId)).set(await server.auth(uniqueUser('intruder')));
    assert.equal(res.status, 404);
  });

  test('401: no token', async () => {
    const res = await server.http.get(eventsPath('00000000-0000-4000-8000-000000000000'));
    assert.equal(res.status, 401);
  });

  test('500: an unexpected failure before the stream opens is opaque', async () => {
    failOnce(server.services.status, 'requireOwned');
    assertOpaque500(await server.http.get(eventsPath('00000000-0000-4000-8000-000000000000')).set(await server.auth(uniqueUser())));
  });
});
