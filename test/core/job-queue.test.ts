import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { JobQueue } from '../../src/queue/job-queue.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';

let server: TestServer;
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
});
