import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import WebSocket from 'ws';
import { loadChannelContract, type ChannelContract } from '../../src/core/websocket/contract.js';
import { ContractViolation } from '../../src/core/websocket/message-validator.js';
import { connect, connectAs, fixtureAsyncApi, fixtureAuthenticate, startChannel, type Harness } from '../support/websocket-harness.js';

let contract: ChannelContract;
before(async () => {
  contract = await loadChannelContract(fixtureAsyncApi);
});

const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

describe('WebSocket channel: authentication', () => {
  let h: Harness;
  before(async () => (h = await startChannel(contract, { authTimeoutMs: 300 })));
  after(() => h.close());

  it('answers a valid auth with the success message and counts the socket', async () => {
    const subject = unique('alice');
    const c = await connect(h.url);
    assert.equal(h.channel.openSockets, 1);
    c.send({ type: 'auth', token: `good:${subject}` });
    assert.deepEqual(await c.next(), { type: 'hello', subject });
    c.ws.close();
    await c.closed;
    await sleep(50);
    assert.equal(h.channel.openSockets, 0);
  });

  it('leaves other paths to the next handler, and the router answers them 404', async () => {
    await assert.rejects(connect(h.url.replace('/t/live', '/t/elsewhere')), /Unexpected server response: 404/);
  });

  it('closes with 4401 after an error when no auth arrives in time', async () => {
    const c = await connect(h.url);
    const started = Date.now();
    const closed = await c.closed;
    assert.equal(closed.code, 4401);
    assert.ok(Date.now() - started >= 250, 'closed before the deadline');
    assert.equal(c.messages[0].code, 'unauthenticated');
  });

  it('closes with 4401 after an error for a bad token', async () => {
    const c = await connect(h.url);
    c.send({ type: 'auth', token: 'forged' });
    assert.equal((await c.next()).code, 'unauthenticated');
    assert.equal((await c.closed).code, 4401);
  });

  it('closes with 1011 (internal error), not 4401, when the check fails for the server (its database)', async () => {
    const failing = await startChannel(contract, {
      authenticate: async () => {
        throw new pg.DatabaseError('canceling statement due to statement timeout', 0, 'error');
      },
    });
    try {
      const c = await connect(failing.url);
      c.send({ type: 'auth', token: 'good:carol' });
      assert.equal((await c.closed).code, 1011);
    } finally {
      await failing.close();
    }
  });

  it('answers any other message before auth with an authentication error and stays open', async () => {
    const c = await connect(h.url);
    c.send({ type: 'typing' });
    const error = await c.next();
    assert.equal(error.type, 'failure');
    assert.equal(error.code, 'unauthenticated');
    c.send({ type: 'auth', token: 'good:bob' });
    assert.equal((await c.next()).type, 'hello');
    c.ws.close();
  });

  it('answers messages in the order they came: what follows an auth still being checked waits for its outcome', async () => {
    const slow = await startChannel(contract, { authenticate: async (token) => (await sleep(150), fixtureAuthenticate(token)) });
    try {
      const c = await connect(slow.url);
      c.send({ type: 'auth', token: 'good:frank' });
      c.send({ type: 'typing' });
      c.send('not json');
      assert.equal((await c.next()).type, 'hello');
      const error = await c.next();
      assert.deepEqual([error.type, error.code], ['failure', 'invalid_message']);
      await sleep(50);
      assert.equal(c.messages.length, 2, 'the message after auth was not refused as unauthenticated');
      c.ws.close();

      const refused = await connect(slow.url);
      refused.send({ type: 'auth', token: 'forged' });
      refused.send({ type: 'typing' });
      assert.equal((await refused.closed).code, 4401);
      assert.deepEqual(refused.messages.map((m) => m.code), ['unauthenticated']);
    } finally {
      await slow.close();
    }
  });

  it('closes with 4401 when the token expires, unless the client re-authenticated', async () => {
    const expiring = await connect(h.url);
    expiring.send({ type: 'auth', token: 'good:carol:150' });
    assert.equal((await expiring.next()).type, 'hello');
    const renewed = await connect(h.url);
    renewed.send({ type: 'auth', token: 'good:carol:150' });
    await renewed.next();
    renewed.send({ type: 'auth', token: 'good:carol:60000' });
    assert.equal((await renewed.next()).type, 'hello');
    assert.equal((await expiring.closed).code, 4401);
    assert.equal(expiring.messages[1].code, 'unauthenticated');
    assert.match(expiring.messages[1].message, /expired/);
    await sleep(200);
    assert.equal(renewed.ws.readyState, WebSocket.OPEN);
    renewed.ws.close();
  });

  it('closes the sockets of a revoked audience with 4401', async () => {
    const subject = unique('dave');
    const c = await connectAs(h.url, subject);
    const other = await connectAs(h.url, unique('erin'));
    await h.channel.revoke([subject]);
    assert.equal((await c.closed).code, 4401);
    assert.equal(other.ws.readyState, WebSocket.OPEN);
    other.ws.close();
  });
});

describe('WebSocket channel: invalid client frames', () => {
  let h: Harness;
  before(async () => (h = await startChannel(contract, { maxMessagesPerSecond: 5 })));
  after(() => h.close());

  it('answers invalid JSON and an unknown type with a validation error and keeps the socket open', async () => {
    const c = await connectAs(h.url, unique('frank'));
    c.send('{not json');
    const bad = await c.next();
    assert.equal(bad.code, 'invalid_message');
    c.send({ type: 'subscribe' });
    const unknown = await c.next();
    assert.equal(unknown.code, 'invalid_message');
    assert.deepEqual(unknown.details, [{ field: 'type', message: "Unknown message type 'subscribe'" }]);
    c.send({ type: 'auth' });
    assert.deepEqual((await c.next()).details, [{ field: 'token', message: "must have required property 'token'" }]);
    assert.equal(c.ws.readyState, WebSocket.OPEN);
    c.ws.close();
  });

  it('answers a flood with one rate-limit error per second', async () => {
    const c = await connectAs(h.url, unique('gina'));
    for (let i = 0; i < 30; i++) c.send({ type: 'typing' });
    await sleep(300);
    assert.deepEqual(
      c.messages.slice(1).map((m) => m.code),
      ['rate_limited'],
    );
    assert.equal(c.ws.readyState, WebSocket.OPEN);
    c.ws.close();
  });
});

describe('WebSocket channel: events', () => {
  let h: Harness;
  before(async () => (h = await startChannel(contract)));
  after(() => h.close());

  it('delivers an event only to its audience', async () => {
    const a = unique('a');
    const b = unique('b');
    const ca = await connectAs(h.url, a);
    const cb = await connectAs(h.url, b);
    await h.channel.publish({ type: 'note', text: 'for b' }, [b]);
    await h.channel.publish({ type: 'note', text: 'for a' }, [a]);
    await h.channel.publish({ type: 'note', text: 'for all' }, '*');
    assert.deepEqual(await cb.next(), { type: 'note', text: 'for b' });
    assert.deepEqual(await ca.next(), { type: 'note', text: 'for a' });
    assert.deepEqual(await ca.next(), { type: 'note', text: 'for all' });
    assert.deepEqual(await cb.next(), { type: 'note', text: 'for all' });
    assert.equal(ca.messages.length, 3);
    ca.ws.close();
    cb.ws.close();
  });

  it('sends no event to a socket that has not authenticated', async () => {
    const anonymous = await connect(h.url);
    const known = await connectAs(h.url, unique('known'));
    await h.channel.publish({ type: 'note', text: 'everyone signed in' }, '*');
    await known.next();
    assert.equal(anonymous.messages.length, 0);
    anonymous.ws.close();
    known.ws.close();
  });

  it('refuses loudly, sending nothing, an outgoing message that breaks the contract', async () => {
    const subject = unique('h');
    const c = await connectAs(h.url, subject);
    await assert.rejects(h.channel.publish({ type: 'note', text: 42 }, [subject]), ContractViolation);
    await assert.rejects(h.channel.publish({ type: 'auth', token: 'x' }, [subject]), /no message of type 'auth' that the server sends/);
    await h.channel.publish({ type: 'note', text: 'valid' }, [subject]);
    assert.deepEqual(await c.next(), { type: 'note', text: 'valid' });
    assert.equal(c.messages.length, 2);
    c.ws.close();
  });
});

describe('WebSocket channel: heartbeat and slow consumers', () => {
  it('terminates a client that stops answering pings, and keeps one that answers', async () => {
    const h = await startChannel(contract, { heartbeatMs: 100 });
    try {
      const silent = await connectAs(h.url, unique('silent'), { autoPong: false });
      const lively = await connectAs(h.url, unique('lively'));
      const closed = await silent.closed;
      assert.equal(closed.code, 1006, 'terminated without a close frame');
      await sleep(250);
      assert.equal(lively.ws.readyState, WebSocket.OPEN);
      assert.equal(h.channel.openSockets, 1);
      lively.ws.close();
    } finally {
      await h.close();
    }
  });

  it('disconnects a client whose unsent frames pass the limit', async () => {
    const h = await startChannel(contract, { maxBufferedBytes: 256 * 1024 });
    try {
      const subject = unique('slow');
      const slow = await connectAs(h.url, subject);
      const fast = await connectAs(h.url, unique('fast'));
      slow.ws.pause();
      (slow.ws as any)._socket.pause();
      const text = 'x'.repeat(7000);
      for (let i = 0; i < 3000 && h.channel.openSockets === 2; i++) {
        await h.channel.publish({ type: 'note', text }, [subject]);
        if (i % 100 === 0) await sleep(5);
      }
      await sleep(200);
      assert.equal(h.channel.openSockets, 1, 'the slow client is still connected');
      assert.equal(fast.ws.readyState, WebSocket.OPEN);
      slow.ws.resume();
      (slow.ws as any)._socket.resume();
      assert.equal((await slow.closed).code, 1006);
      fast.ws.close();
    } finally {
      await h.close();
    }
  });
});
