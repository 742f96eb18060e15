import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEventBus, MAX_EVENT_BYTES, type EventBus } from '../../src/core/event-bus.js';
import { loadChannelContract } from '../../src/core/websocket/contract.js';
import { connectAs, fixtureAsyncApi, silentLogger, startChannel } from '../support/websocket-harness.js';

const onPostgres = Boolean(process.env.DATABASE_URL);
const newBus = (channel = `bus_test_${randomUUID().slice(0, 8)}`) => createEventBus({ databaseUrl: process.env.DATABASE_URL, logger: silentLogger, channel });

function collect(bus: EventBus, topic: string) {
  const got: unknown[] = [];
  bus.subscribe(topic, (m) => got.push(m));
  return got;
}

async function until(check: () => boolean, ms = 3000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(10);
  }
}

describe('event bus', () => {
  it('delivers to its own subscribers on a later tick, a copy of the message, and not to other topics', async () => {
    const bus = newBus();
    await bus.start();
    try {
      const got = collect(bus, 'a');
      const other = collect(bus, 'b');
      const message = { n: 1, nested: { ok: true } };
      // Not during the call itself; by the time the publish resolves, Postgres may already have echoed it back.
      const published = bus.publish('a', message);
      assert.equal(got.length, 0, 'delivered synchronously');
      await published;
      await until(() => got.length === 1);
      assert.deepEqual(got[0], message);
      assert.notEqual(got[0], message);
      assert.equal(other.length, 0);
    } finally {
      await bus.stop();
    }
  });

  it('keeps delivering to the other subscribers when one throws, and stops after unsubscribe', async () => {
    const bus = newBus();
    await bus.start();
    try {
      bus.subscribe('t', () => {
        throw new Error('boom');
      });
      const got: unknown[] = [];
      const off = bus.subscribe('t', (m) => got.push(m));
      await bus.publish('t', 1);
      await until(() => got.length === 1);
      off();
      await bus.publish('t', 2);
      await sleep(100);
      assert.deepEqual(got, [1]);
    } finally {
      await bus.stop();
    }
  });

  it('refuses loudly a message NOTIFY could not carry, on both databases', async () => {
    const bus = newBus();
    await bus.start();
    try {
      await assert.rejects(bus.publish('big', 'x'.repeat(MAX_EVENT_BYTES)), /carries at most 7999/);
    } finally {
      await bus.stop();
    }
  });

  it(onPostgres ? 'delivers between two buses on one Postgres database (two processes)' : 'stays in its own process on the embedded database', async () => {
    const channel = `bus_test_${randomUUID().slice(0, 8)}`;
    const one = newBus(channel);
    const two = newBus(channel);
    await one.start();
    await two.start();
    try {
      const atOne = collect(one, 'x');
      const atTwo = collect(two, 'x');
      await one.publish('x', { from: 'one' });
      await two.publish('x', { from: 'two' });
      await until(() => atOne.length === (onPostgres ? 2 : 1));
      await sleep(100);
      if (onPostgres) {
        assert.deepEqual(atTwo, [{ from: 'one' }, { from: 'two' }]);
        assert.deepEqual(atOne, [{ from: 'one' }, { from: 'two' }]);
      } else {
        assert.deepEqual(atOne, [{ from: 'one' }]);
        assert.deepEqual(atTwo, [{ from: 'two' }]);
      }
    } finally {
      await one.stop();
      await two.stop();
    }
  });

  it('carries a WebSocket event published by one server to a client of another on Postgres', { skip: !onPostgres && 'the embedded database is one process' }, async () => {
    const contract = await loadChannelContract(fixtureAsyncApi);
    const channel = `bus_test_${randomUUID().slice(0, 8)}`;
    const publisher = await startChannel(contract, {}, newBus(channel));
    const receiver = await startChannel(contract, {}, newBus(channel));
    try {
      const subject = `ivy-${randomUUID()}`;
      const client = await connectAs(receiver.url, subject);
      await publisher.channel.publish({ type: 'note', text: 'across processes' }, [subject]);
      assert.deepEqual(await client.next(), { type: 'note', text: 'across processes' });
      client.ws.close();
    } finally {
      await publisher.close();
      await receiver.close();
    }
  });
});
