import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import WebSocket from 'ws';
import { createEventBus, type EventBus } from '../../src/core/event-bus.js';
import { WebSocketChannel, type WebSocketChannelOptions } from '../../src/core/websocket/channel.js';
import type { ChannelContract } from '../../src/core/websocket/contract.js';
import type { WsProtocol } from '../../src/core/websocket/protocol.js';
import { routeUpgrades } from '../../src/core/websocket/upgrade-router.js';

export const fixtureAsyncApi = fileURLToPath(new URL('../fixtures/websocket-asyncapi.yaml', import.meta.url));
export const silentLogger = pino({ level: 'silent' });

/** The fixture's protocol: `failure` messages with the core's error kind as their code. */
export const fixtureProtocol: WsProtocol = {
  authMessage: 'auth',
  tokenOf: (m) => String(m.token),
  authSuccess: (p) => ({ type: 'hello', subject: p.subject }),
  error: (kind, message, details) => ({ type: 'failure', code: kind, message, details }),
  unauthenticatedCloseCode: 4401,
};

/** Tokens of the fixture: `good:<subject>` or `good:<subject>:<ms until expiry>`; anything else is refused. */
export async function fixtureAuthenticate(token: string) {
  const [tag, subject, ttl] = token.split(':');
  if (tag !== 'good' || !subject) throw new Error('bad token');
  return { subject, expiresAt: ttl ? new Date(Date.now() + Number(ttl)) : undefined };
}

export type Harness = { url: string; channel: WebSocketChannel; bus: EventBus; close(): Promise<void> };

/** An HTTP server on 127.0.0.1 with the fixture channel at /t/live, its own bus, and the given overrides. */
export async function startChannel(
  contract: ChannelContract,
  overrides: Partial<WebSocketChannelOptions> = {},
  bus: EventBus = createEventBus({ databaseUrl: process.env.DATABASE_URL, logger: silentLogger, channel: 'ws_test' }),
): Promise<Harness> {
  await bus.start();
  const path = `/t${contract.address}`;
  const channel = new WebSocketChannel({
    path,
    contract,
    protocol: fixtureProtocol,
    authenticate: fixtureAuthenticate,
    bus,
    logger: silentLogger,
    validateOutgoing: true,
    ...overrides,
  });
  channel.start();
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  routeUpgrades(server, [channel]);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}${path}`,
    channel,
    bus,
    async close() {
      await channel.close();
      await new Promise((resolve) => server.close(resolve));
      await bus.stop();
    },
  };
}

export type TestClient = {
  ws: WebSocket;
  messages: Record<string, any>[];
  next(timeoutMs?: number): Promise<Record<string, any>>;
  closed: Promise<{ code: number; reason: string }>;
  send(value: unknown): void;
};

/** A client that queues every message it gets; `next` takes them in order. */
export async function connect(url: string, options: WebSocket.ClientOptions = {}): Promise<TestClient> {
  const ws = new WebSocket(url, options);
  const messages: Record<string, any>[] = [];
  const waiters: (() => void)[] = [];
  let taken = 0;
  ws.on('message', (data) => {
    messages.push(JSON.parse(data.toString()));
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    messages,
    closed,
    send: (value) => ws.send(typeof value === 'string' ? value : JSON.stringify(value)),
    async next(timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length <= taken) {
        if (Date.now() > deadline) throw new Error(`no message within ${timeoutMs} ms (got ${JSON.stringify(messages)})`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return messages[taken++];
    },
  };
}

/** Connects and authenticates as `subject`, consuming the hello. */
export async function connectAs(url: string, subject: string, options: WebSocket.ClientOptions = {}): Promise<TestClient> {
  const client = await connect(url, options);
  client.send({ type: 'auth', token: `good:${subject}` });
  const hello = await client.next();
  if (hello.type !== 'hello') throw new Error(`expected hello, got ${JSON.stringify(hello)}`);
  return client;
}
