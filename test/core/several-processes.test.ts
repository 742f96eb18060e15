import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { DEMO_LENS_ID } from '../../src/services/lenserfight/demo-seed.js';
import { signDevToken } from '../../src/core/jwt.js';
import { startServerProcess, type ServerProcess } from '../support/server-processes.js';
import { uniqueUser } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import { startReceiver, type Receiver } from '../support/webhook-receiver.js';
import { connect } from '../support/websocket-harness.js';

// Two server processes on one Postgres database, as behind a load balancer. The embedded database is one
// process only, so this runs on DATABASE_URL alone.
const secret = randomBytes(32).toString('base64url');
const RATE_LIMIT = 4;
const auth = async (user: string) => ({ Authorization: `Bearer ${await signDevToken(secret, user, 600)}`, 'Content-Type': 'application/json' });
const post = async (p: ServerProcess, path: string, user: string, body: unknown) =>
  fetch(`${p.base}${path}`, { method: 'POST', headers: await auth(user), body: JSON.stringify(body) });

describe('two server processes on one Postgres', { skip: !process.env.DATABASE_URL && 'needs DATABASE_URL (the embedded database is one process)' }, () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let receiver: Receiver;
  before(async () => {
    receiver = await startReceiver();
    const env = {
      JWT_SECRET: secret,
      RUN_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      SSE_POLL_MS: '5000',
      LOCAL_PROVIDER_DELAY_MS: '150',
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
    };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop(), receiver?.close()]);
  });

  test('a LenserFight run submitted to one streams over SSE from the other to "done"', async () => {
    const user = uniqueUser('procs');
    const submitted = await post(a, `/lenserfight/v1/lenses/${DEMO_LENS_ID}/execute`, user, { params: { topic: 'two processes' } });
    assert.equal(submitted.status, 202);
    const { data } = (await submitted.json()) as { data: { runId: string } };
    // SSE_POLL_MS is long: only LISTEN/NOTIFY across processes can deliver the events in time.
    const stream = await fetch(`${b.base}/lenserfight/v1/runs/${data.runId}/events`, { headers: await auth(user) });
    assert.equal(stream.status, 200);
    const text = await stream.text();
    const events = [...text.matchAll(/^event: (\S+)$/gm)].map((m) => m[1]);
    assert.equal(events.at(-1), 'done', text);
    const done = text.slice(text.lastIndexOf('event: done'));
    assert.match(done, /"status":"succeeded"/, text);
  });

  test('each queued job runs exactly once, whichever process took it', async () => {
    const user = uniqueUser('procs');
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await post(i % 2 ? a : b, '/toy-api/toy/notes', user, { text: `note ${i}` });
      assert.equal(res.status, 201);
      ids.push(((await res.json()) as { id: string }).id);
    }
    for (const id of ids) {
      const note = await waitFor(async () => {
        const res = await fetch(`${a.base}/toy-api/toy/notes/${id}`, { headers: await auth(user) });
        const body = (await res.json()) as { processed: boolean; timesProcessed: number };
        return body.processed && body;
      });
      assert.equal(note.timesProcessed, 1);
    }
  });

  test('a per-user rate limit counts the requests made to both', async () => {
    const user = uniqueUser('procs');
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT + 2; i++) {
      const res = await post(i % 2 ? a : b, `/lenserfight/v1/lenses/${DEMO_LENS_ID}/execute`, user, { params: { topic: `limit ${i}` } });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [...Array(RATE_LIMIT).fill(202), 429, 429]);
  });

  test('a WebSocket event published on one reaches a client of the other', async () => {
    const user = uniqueUser('procs');
    const client = await connect(`ws://127.0.0.1:${b.port}/toy-api/toy/live`);
    client.send({ type: 'auth', token: await signDevToken(secret, user, 600) });
    assert.equal((await client.next()).type, 'welcome');
    const res = await post(a, '/toy-api/toy/notes', user, { text: 'across processes' });
    const { id } = (await res.json()) as { id: string };
    assert.deepEqual(await client.next(5000), { type: 'note_created', id, text: 'across processes' });
    client.ws.close();
  });

  test('a webhook is delivered once, whichever process ran the job', async () => {
    const user = uniqueUser('procs');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await post(i % 2 ? a : b, '/toy-api/toy/notes', user, { text: `hook ${i}`, callbackUrl: `${receiver.url}/hooks` });
      ids.push(((await res.json()) as { id: string }).id);
    }
    const eventIds = () => receiver.requests.map((r) => String(r.headers['webhook-id'])).filter((id) => ids.includes(id));
    await waitFor(async () => eventIds().length >= ids.length);
    // Time for a duplicate to show up, were a job to run twice.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(eventIds().sort(), [...ids].sort());
  });
});

describe('a rolling restart on one Postgres', { skip: !process.env.DATABASE_URL && 'needs DATABASE_URL (the embedded database is one process)' }, () => {
  test('a run under way in a process stopped with SIGTERM is handed back and finished by the other at once', async () => {
    const env = { JWT_SECRET: secret, SSE_POLL_MS: '100' };
    // The stopping process's model takes ten minutes; its successor's answers at once.
    const stopping = await startServerProcess({ ...env, LOCAL_PROVIDER_DELAY_MS: '600000' });
    let successor: ServerProcess | undefined;
    try {
      const user = uniqueUser('restart');
      const submitted = await post(stopping, `/lenserfight/v1/lenses/${DEMO_LENS_ID}/execute`, user, { params: { topic: 'rolling restart' } });
      assert.equal(submitted.status, 202);
      const { data } = (await submitted.json()) as { data: { runId: string } };
      const status = async (p: ServerProcess) => {
        const res = await fetch(`${p.base}/lenserfight/v1/runs/${data.runId}`, { headers: await auth(user) });
        return ((await res.json()) as { data: { status: string } }).data.status;
      };
      await waitFor(async () => (await status(stopping)) === 'running');
      successor = await startServerProcess({ ...env, LOCAL_PROVIDER_DELAY_MS: '0' });
      await stopping.stop();
      // Well inside RUN_STALE_AFTER_MS (a minute): only the hand-back makes it this quick.
      await waitFor(async () => (await status(successor!)) === 'succeeded', 15_000);
      const stream = await fetch(`${successor.base}/lenserfight/v1/runs/${data.runId}/events`, { headers: await auth(user) });
      const text = await stream.text();
      assert.match(text, /"eventType":"run.requeued".*"reason":"server_stopping"/);
    } finally {
      await Promise.all([stopping.stop(), successor?.stop()]);
    }
  });
});
