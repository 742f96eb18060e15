// The WebSocket row: WS_PUBLISHERS × WS_PER_PUBLISHER authenticated sockets on one server process
// (bench/servers/websocket.ts), fed by WS_PUBLISHERS publishers in this process, each publishing one event a
// second for its own user through the Postgres event bus; then checked for lost events and the delivery delay.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEventBus } from '../../src/core/event-bus.js';
import { createLogger } from '../../src/core/logger.js';
import { log, warn } from '../lib/bookkeeping.js';
import { createDatabase, dbName, dropDatabase, signToken } from '../lib/databases.js';
import { startLineClient, type LineClient } from '../lib/line-client.js';
import { cpuSeconds, rssMiB, startServer, stopProcess, type Server } from '../lib/processes.js';
import { extra, failedRow, rows } from '../lib/rows.js';
import { SECONDS, TSX, WS_PER_PUBLISHER, WS_PUBLISHERS } from '../lib/settings.js';
import { benchChannel } from '../ws-channel.js';

const user = (i: number) => `bench-ws-${i}`;

export async function websocketPhase() {
  const op = `${(WS_PUBLISHERS * WS_PER_PUBLISHER).toLocaleString('en-US')} sockets / ${WS_PUBLISHERS} publishers`;
  const url = createDatabase();
  const secret = randomBytes(32).toString('hex');
  const logger = createLogger('warn');
  const bus = createEventBus({ databaseUrl: url, logger });
  let server: Server | undefined;
  let client: LineClient | undefined;
  try {
    const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: secret };
    server = await startServer('ws-server', [...TSX, 'bench/servers/websocket.ts'], env, (base) => ({ url: `${base}/health` }));
    const rssIdle = rssMiB(server.pid);
    const tokens = await Promise.all(Array.from({ length: WS_PUBLISHERS }, (_, i) => signToken(secret, user(i))));
    client = startLineClient('ws-client', 'bench/ws-client.ts', {
      ...process.env,
      WS_URL: `ws://127.0.0.1:${server.port}/bench/ws`,
      TOKENS: tokens.join(','),
      SOCKETS_PER_TOKEN: String(WS_PER_PUBLISHER),
      CONNECT_CONCURRENCY: '200',
    });
    log(`WebSocket: opening ${WS_PUBLISHERS * WS_PER_PUBLISHER} sockets`);
    const connected = await client.waitFor('connected', 600_000);
    if (!connected) throw new Error('the WebSocket client did not finish connecting in 10 minutes');
    log(`WebSocket: ${connected.authenticated} sockets authenticated (${connected.failed} failed) after ${connected.ms} ms`);
    if (connected.failed > 0) warn(`WebSocket: ${connected.failed} sockets failed to authenticate`);
    const rssConnected = rssMiB(server.pid);

    await bus.start();
    const channel = await benchChannel(bus, logger, secret);
    const published = new Array<number>(WS_PUBLISHERS).fill(0);
    // How long each publish (one NOTIFY) took to return: the publishing side's share of the delay.
    const acks: number[] = [];
    let rssMax = rssConnected ?? 0;
    const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMiB(server!.pid) ?? 0)), 500);
    const cpu0 = cpuSeconds(server.pid);
    const clientCpu0 = cpuSeconds(client.child.pid!);
    const t0 = performance.now();
    // Each publisher: one event a second for its own user, the publishers' starts spread over the first second.
    await Promise.all(
      Array.from({ length: WS_PUBLISHERS }, async (_, p) => {
        for (let seq = 0; seq < SECONDS; seq++) {
          const wait = t0 + (seq + p / WS_PUBLISHERS) * 1000 - performance.now();
          if (wait > 1) await sleep(wait);
          const sent_at = performance.timeOrigin + performance.now();
          await channel.publish({ type: 'tick', data: { publisher: p, seq, sent_at } }, [user(p)]);
          acks.push(performance.timeOrigin + performance.now() - sent_at);
          published[p]++;
        }
      }),
    );
    const publishSeconds = (performance.now() - t0) / 1000;
    await sleep(1500);
    clearInterval(sampler);
    rssMax = Math.max(rssMax, rssMiB(server.pid) ?? 0);
    const serverCpu = (cpuSeconds(server.pid) - cpu0) / ((performance.now() - t0) / 1000);
    const clientCpu = (cpuSeconds(client.child.pid!) - clientCpu0) / ((performance.now() - t0) / 1000);
    client.send('report');
    const summary = await client.waitFor('summary', 60_000);
    if (!summary) throw new Error('the WebSocket client sent no summary');
    acks.sort((a, b) => a - b);
    const publishAck = { p50: acks[Math.floor(acks.length / 2)] ?? null, p99: acks[Math.ceil(acks.length * 0.99) - 1] ?? null };
    let lost = 0;
    for (const [u, ticks] of summary.perSocket as [number, number][]) lost += Math.max(0, published[u] - ticks);
    const expected = published.reduce((a, b) => a + b, 0) * WS_PER_PUBLISHER;
    extra.websocket = {
      sockets: summary.sockets,
      authenticated: summary.authenticated,
      connectMs: connected.ms,
      failed: summary.failed,
      eventsPublished: published.reduce((a, b) => a + b, 0),
      publishSeconds,
      deliveries: summary.delays.count,
      expectedDeliveries: expected,
      lost,
      delays: summary.delays,
      errors: summary.errors,
      rssIdleMiB: rssIdle,
      rssConnectedMiB: rssConnected,
      rssMaxMiB: rssMax,
      publishAck,
      serverCpu,
      clientCpu,
      clientRssMiB: summary.rssMiB,
    };
    log(`WebSocket: ${summary.delays.count}/${expected} deliveries (${lost} lost); delay p50 ${summary.delays.p50?.toFixed(1)} ms, p99 ${summary.delays.p99?.toFixed(1)} ms; server RSS ${rssMax.toFixed(0)} MiB, CPU ${(serverCpu * 100).toFixed(0)} % (client ${(clientCpu * 100).toFixed(0)} %); publish returned in p50 ${publishAck.p50?.toFixed(1)} ms, p99 ${publishAck.p99?.toFixed(1)} ms`);
    rows.push({ row: 'websocket', op, rps: null, p50: summary.delays.p50, p99: summary.delays.p99, rssMiB: rssMax, vsRaw: null, vsFastify: null });
  } catch (err) {
    failedRow('websocket', op, err);
  } finally {
    await bus.stop().catch(() => {});
    if (client) await stopProcess(client.child);
    if (server) await stopProcess(server.child);
    dropDatabase(dbName(url));
  }
}
