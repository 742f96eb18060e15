import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import pg from 'pg';
import pino from 'pino';
import { PostgresEventBus, reconnectDelay } from '../../src/core/event-bus-postgres.js';
import { waitFor } from '../support/wait.js';

describe('the Postgres event bus', () => {
  test('waits longer after each failed reconnect attempt, doubling up to its maximum', () => {
    const limits = { initialMs: 1000, maxMs: 30_000 };
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 50].map((n) => reconnectDelay(n, limits)), [1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  test('reconnects after its listening connection is killed, and delivers what is published after', { skip: !process.env.DATABASE_URL && 'needs DATABASE_URL' }, async () => {
    const channel = `bus_test_${randomBytes(6).toString('hex')}`;
    const bus = new PostgresEventBus({ url: process.env.DATABASE_URL!, logger: pino({ level: 'silent' }), channel, reconnect: { initialMs: 50, maxMs: 200 } });
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await bus.start();
      const received: unknown[] = [];
      bus.subscribe('t', (message) => received.push(message));
      const killed = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'core-event-bus-listener' and query like $1`, [`%${channel}%`]);
      assert.equal(killed.rowCount, 1);
      await waitFor(async () => {
        await bus.publish('t', 'after');
        return received.includes('after') || undefined;
      });
    } finally {
      await bus.stop();
      await admin.end();
    }
  });
});
