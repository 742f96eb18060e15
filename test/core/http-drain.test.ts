import assert from 'node:assert/strict';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { test } from 'node:test';
import { HttpDrain } from '../../src/core/http-drain.js';
import type { SseStream } from '../../src/core/handler-types.js';
import { openSseStream } from '../../src/core/sse.js';

/** A server with a slow route, one that never answers, and an event stream that sends one frame and stays open. */
async function serve(): Promise<{ server: Server; drain: HttpDrain; url: string; streams: SseStream[] }> {
  const drain = new HttpDrain();
  const streams: SseStream[] = [];
  const server = createServer(
    drain.wrap((req, res) => {
      if (req.url === '/slow') return void setTimeout(() => res.end('done'), 300);
      if (req.url === '/hang') return;
      if (req.url === '/quick') return void res.end('ok');
      const stream = openSseStream(res, {}, 60_000);
      stream.send({ id: 1, data: 'tick' });
      streams.push(stream);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, drain, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, streams };
}

const request = (url: string, options: { agent?: false } = {}) =>
  new Promise<{ res: IncomingMessage; socket: Socket; body: Promise<string> }>((resolve, reject) => {
    get(url, options, (res) => {
      const body = new Promise<string>((done, failed) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => done(text)).on('error', failed);
      });
      resolve({ res, socket: res.socket, body });
    }).on('error', reject);
  });

test('drain: the response under way finishes with Connection: close, the event stream ends cleanly, new connections are refused', async () => {
  const { server, drain, url, streams } = await serve();
  const events = await request(`${url}/events`);
  const slow = request(`${url}/slow`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const drained = drain.drain(server, 5_000);
  // Ended from outside, the stream knows at once: a send before the response's 'close' arrives would write after its end.
  assert.equal(streams[0].isClosed, true);
  assert.equal(streams[0].send({ data: 'late' }), false);
  const answered = await slow;
  assert.equal(answered.res.statusCode, 200);
  assert.equal(answered.res.headers.connection, 'close');
  assert.equal(await answered.body, 'done');
  assert.match(await events.body, /^id: 1\ndata: tick\n\n/, 'the stream ended, with what it had sent');
  const socket = events.socket;
  if (!socket.destroyed) await new Promise((resolve) => socket.once('close', resolve));
  await assert.rejects(request(`${url}/slow`, { agent: false }), /ECONNREFUSED/);
  assert.equal(await drained, 0);
});

test('drain: a response still unfinished when the grace period ends is cut off, and counted', async () => {
  const { server, drain, url } = await serve();
  const hanging = request(`${url}/hang`).catch((err: Error) => err);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(await drain.drain(server, 200), 1);
  assert.match(String(await hanging), /socket hang up/);
});

test('drain: after many responses have come and gone, it waits for the ones under way only, and counts them', async () => {
  const { server, drain, url } = await serve();
  for (let batch = 0; batch < 10; batch++) {
    const answers = await Promise.all(Array.from({ length: 20 }, () => request(`${url}/quick`).then((r) => r.body)));
    assert.deepEqual(new Set(answers), new Set(['ok']));
  }
  const slow = request(`${url}/slow`);
  const hanging = request(`${url}/hang`).catch((err: Error) => err);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const started = Date.now();
  assert.equal(await drain.drain(server, 1_000), 1, 'the hanging response is the one cut off');
  assert.ok(Date.now() - started >= 900, 'it waited for the hanging response, not returned early');
  assert.equal(await (await slow).body, 'done');
  assert.match(String(await hanging), /socket hang up/);
});
