import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { JobQueue } from '../../src/queue/job-queue.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';

let server: TestServer;

/** Counts pg-boss's fetches of queue `name` among the queries knex reports (`count` is the 'query' listener). */
function fetchCounter(name: string) {
  const counter = {
    seen: 0,
    count: (query: { sql: string; bindings?: unknown[] }) => {
      if (/skip locked/i.test(query.sql) && query.bindings?.includes(name)) counter.seen++;
    },
  };
  return counter;
}
before(async () => {
  server = await startTestServer({}, { apis: ['lenserfight'] });
});
after(() => server.close());

describe('job queue', () => {
  test('a job whose tries are spent lands in its dead-letter queue, once, with its data', async () => {
    const queue = new JobQueue(server.db.embedded ? server.db.knex : server.db.url, server.logger, { pollingIntervalMs: 50 });
    const name = `dead-letter-test-${uniqueUser()}`;
    const dead = `${name}-dead`;
    try {
      await queue.start([name, dead]);
      let tries = 0;
      const buried: unknown[] = [];
      queue.work<{ n: number }>(name, 1, async () => {
        tries++;
        throw new Error('always fails');
      });
      queue.work<{ n: number }>(dead, 1, async (data) => void buried.push(data));
      await queue.send(name, { n: 7 }, undefined, { retryLimit: 2, deadLetter: dead });
      await waitFor(async () => buried.length === 1 || undefined);
      assert.equal(tries, 3);
      assert.deepEqual(buried, [{ n: 7 }]);
    } finally {
      await queue.stop();
    }
  });

  test('hold: a worker made while held does not poll until release, then runs the job sent meanwhile', async () => {
    const queue = new JobQueue(server.db.knex, server.logger, { pollingIntervalMs: 50 });
    const name = `hold-test-${uniqueUser()}`;
    const fetches = fetchCounter(name);
    try {
      await queue.start([name]);
      const done: number[] = [];
      server.db.knex.on('query', fetches.count);
      queue.hold();
      queue.work<{ n: number }>(name, 1, async ({ n }) => void done.push(n));
      await queue.send(name, { n: 1 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(fetches.seen, 0, 'no fetch while held');
      assert.deepEqual(done, []);
      queue.release();
      await waitFor(async () => done.length === 1 || undefined);
      assert.deepEqual(done, [1]);
    } finally {
      server.db.knex.off('query', fetches.count);
      await queue.stop();
    }
  });

  test('hold: a queue stopped while its workers are held stops at once, without their first poll', async () => {
    // A minute's polling interval: a held worker that waited out its first one would keep stop() that long.
    const queue = new JobQueue(server.db.knex, server.logger, { pollingIntervalMs: 60_000 });
    const name = `hold-stop-test-${uniqueUser()}`;
    await queue.start([name]);
    queue.hold();
    queue.work(name, 1, async () => {});
    const started = Date.now();
    await queue.stop();
    assert.ok(Date.now() - started < 5_000, `stop took ${Date.now() - started} ms`);
  });

  test('QUEUE_SCHEMA: queues in two schemas of one database keep their jobs apart; the same schema shares them', async () => {
    const connection = server.db.embedded ? server.db.knex : server.db.url;
    const name = `schema-test-${uniqueUser()}`;
    const schema = (label: string) => `q_${label}_${process.pid}_${Date.now().toString(36)}`;
    const [a, b] = [schema('a'), schema('b')];
    const sender = new JobQueue(connection, server.logger, { pollingIntervalMs: 50, schema: a });
    const stranger = new JobQueue(connection, server.logger, { pollingIntervalMs: 50, schema: b });
    const peer = new JobQueue(connection, server.logger, { pollingIntervalMs: 50, schema: a });
    try {
      for (const queue of [sender, stranger, peer]) await queue.start([name]);
      const seenByStranger: unknown[] = [];
      stranger.work<{ n: number }>(name, 1, async (data) => void seenByStranger.push(data));
      await sender.send(name, { n: 1 });
      assert.equal(await stranger.size(name), 0);
      const seenByPeer: unknown[] = [];
      peer.work<{ n: number }>(name, 1, async (data) => void seenByPeer.push(data));
      await waitFor(async () => seenByPeer.length === 1 || undefined);
      assert.deepEqual(seenByPeer, [{ n: 1 }]);
      assert.deepEqual(seenByStranger, []);
    } finally {
      for (const queue of [sender, stranger, peer]) await queue.stop();
    }
  });

  test('stop: a job that ends within the grace period finishes undisturbed; pause starts no new jobs', async () => {
    const queue = new JobQueue(server.db.embedded ? server.db.knex : server.db.url, server.logger, { pollingIntervalMs: 50 });
    const name = `grace-test-${uniqueUser()}`;
    await queue.start([name]);
    const seen: { n: number; aborted: boolean }[] = [];
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    queue.work<{ n: number }>(name, 1, async (data, job) => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen.push({ n: data.n, aborted: job.signal.aborted });
    });
    await queue.send(name, { n: 1 });
    await running;
    queue.pause();
    await queue.send(name, { n: 2 });
    await queue.stop(10_000);
    assert.deepEqual(seen, [{ n: 1, aborted: false }]);
  });

  test('stop: a job still running when the grace period ends is asked to stop, and the queue waits for it', async () => {
    const queue = new JobQueue(server.db.embedded ? server.db.knex : server.db.url, server.logger, { pollingIntervalMs: 50 });
    const name = `abort-test-${uniqueUser()}`;
    await queue.start([name]);
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let handedBack = false;
    queue.work<{ n: number }>(name, 1, async (_data, job) => {
      started();
      await new Promise((resolve) => job.signal.addEventListener('abort', resolve));
      await new Promise((resolve) => setTimeout(resolve, 50));
      handedBack = true;
    });
    await queue.send(name, { n: 1 });
    await running;
    await queue.stop(20);
    assert.equal(handedBack, true);
  });

  test('work: up to `concurrency` jobs run at once, and an idle queue polls once per interval, not once per slot', async () => {
    // Built on the server's knex (on either database) so every query it makes can be counted.
    const queue = new JobQueue(server.db.knex, server.logger, { pollingIntervalMs: 200, maxPollingIntervalMs: 200 });
    const name = `slots-test-${uniqueUser()}`;
    const fetches = fetchCounter(name);
    try {
      await queue.start([name]);
      let active = 0;
      let mostActive = 0;
      const done: number[] = [];
      for (let n = 0; n < 10; n++) await queue.send(name, { n });
      queue.work<{ n: number }>(name, 4, async ({ n }) => {
        mostActive = Math.max(mostActive, ++active);
        await new Promise((resolve) => setTimeout(resolve, 150));
        active--;
        done.push(n);
      });
      await waitFor(async () => done.length === 10 || undefined);
      assert.equal(mostActive, 4);
      assert.deepEqual([...done].sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

      server.db.knex.on('query', fetches.count);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      server.db.knex.off('query', fetches.count);
      // About 5 polls in 1 s at 200 ms; four slots polling each would be about 20.
      assert.ok(fetches.seen >= 2 && fetches.seen <= 8, `${fetches.seen} fetches in 1 s`);
    } finally {
      server.db.knex.off('query', fetches.count);
      await queue.stop();
    }
  });

  test('work: an idle queue’s polls stretch up to maxPollingIntervalMs, and a job this process sends wakes it at once, in a transaction when the outermost one commits', async () => {
    const queue = new JobQueue(server.db.knex, server.logger, { pollingIntervalMs: 50, maxPollingIntervalMs: 60_000 });
    const name = `idle-test-${uniqueUser()}`;
    const fetches = fetchCounter(name);
    const seen: number[] = [];
    try {
      await queue.start([name]);
      server.db.knex.on('query', fetches.count);
      queue.work<{ n: number }>(name, 1, async ({ n }) => void seen.push(n));
      await new Promise((resolve) => setTimeout(resolve, 3500));
      // Polls at 0, 50, 150, 350, 750, 1550 and 3150 ms, the next at 6350: 7 in 3.5 s, where a fixed 50 ms makes 70.
      assert.ok(fetches.seen <= 10, `${fetches.seen} fetches in 3.5 s`);
      // So the worker's next poll is more than 2 s away, here and after job 1; only the wake-up starts these in time.
      await queue.send(name, { n: 1 });
      await waitFor(async () => seen.includes(1) || undefined, 2000);
      await new Promise((resolve) => setTimeout(resolve, 3500));
      await server.db.knex.transaction(async (trx) => {
        await queue.send(name, { n: 2 }, trx);
        await new Promise((resolve) => setTimeout(resolve, 100));
        assert.deepEqual(seen, [1], 'a job is not worked before its transaction commits');
      });
      await waitFor(async () => seen.includes(2) || undefined, 2000);
      await new Promise((resolve) => setTimeout(resolve, 3500));
      // Sent in a nested transaction: it is visible only once the outermost one commits, so that is when it wakes.
      await server.db.knex.transaction(async (outer) => {
        await outer.transaction((inner) => queue.send(name, { n: 3 }, inner));
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      await waitFor(async () => seen.includes(3) || undefined, 2000);
    } finally {
      server.db.knex.off('query', fetches.count);
      await queue.stop();
    }
  });

  test('QUEUE_SCHEMA must be a plain lower-case identifier; unset is pgboss', () => {
    assert.equal(loadConfig({}).queueSchema, 'pgboss');
    assert.equal(loadConfig({ QUEUE_SCHEMA: 'jobs_eu' }).queueSchema, 'jobs_eu');
    for (const bad of ['Jobs', 'jobs; drop table x', '1jobs', 'a'.repeat(64)]) assert.throws(() => loadConfig({ QUEUE_SCHEMA: bad }), /QUEUE_SCHEMA/);
  });
});
