import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';

// The WebSocket row's load client (pinned to its own core by bench/phases/websocket.ts). For each token in TOKENS
// (comma separated, one per user) it opens SOCKETS_PER_TOKEN sockets to WS_URL, at most CONNECT_CONCURRENCY
// being set up at once, and authenticates each in-band. It reports on stdout as JSON lines:
//   {"type":"connected", ...}   once every socket got auth_success (or failed)
//   {"type":"summary", ...}     after it reads "report" on stdin: ticks per socket and the delivery delays
// A delay is the arrival time of a `tick` minus its data.sent_at (the publisher's clock, same machine).
const url = new URL(process.env.WS_URL ?? 'ws://127.0.0.1:8787/bench/ws');
if (url.hostname !== '127.0.0.1') throw new Error('the WebSocket client only talks to 127.0.0.1');
const tokens = (process.env.TOKENS ?? '').split(',').filter(Boolean);
const perToken = Number(process.env.SOCKETS_PER_TOKEN ?? 100);
const concurrency = Number(process.env.CONNECT_CONCURRENCY ?? 200);
const now = () => performance.timeOrigin + performance.now();

type Socket = { user: number; ticks: number; error?: string };
const sockets: Socket[] = [];
let delays = new Float64Array(1 << 16);
let delayCount = 0;
let authenticated = 0;
let failed = 0;
const startedAt = Date.now();

function recordDelay(ms: number) {
  if (delayCount === delays.length) {
    const bigger = new Float64Array(delays.length * 2);
    bigger.set(delays);
    delays = bigger;
  }
  delays[delayCount++] = ms;
}

function open(s: Socket): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (ok: boolean, error?: string) => {
      if (settled) return;
      settled = true;
      if (ok) authenticated++;
      else {
        failed++;
        s.error = error;
      }
      resolve();
    };
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'auth', token: tokens[s.user] })));
    ws.on('message', (data) => {
      const arrival = now();
      const message = JSON.parse(data.toString());
      if (message.type === 'tick') {
        s.ticks++;
        recordDelay(arrival - message.data.sent_at);
      } else if (message.type === 'auth_success') settle(true);
      else if (message.type === 'error') settle(false, message.error.code);
    });
    ws.on('close', (code) => {
      s.error ??= `closed ${code}`;
      settle(false, `closed ${code}`);
    });
    ws.on('error', (err) => settle(false, err.message));
  });
}

function emit(message: object) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

for (let user = 0; user < tokens.length; user++) for (let i = 0; i < perToken; i++) sockets.push({ user, ticks: 0 });
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(concurrency, sockets.length) }, async () => {
    while (next < sockets.length) await open(sockets[next++]);
  }),
);
emit({ type: 'connected', authenticated, failed, ms: Date.now() - startedAt });

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'report') return;
  const sorted = delays.slice(0, delayCount).sort();
  const errors: Record<string, number> = {};
  for (const s of sockets) if (s.error) errors[s.error] = (errors[s.error] ?? 0) + 1;
  emit({
    type: 'summary',
    sockets: sockets.length,
    authenticated,
    failed,
    delays: { count: delayCount, p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: delayCount ? sorted[delayCount - 1] : null },
    // per socket: [user index, ticks received]
    perSocket: sockets.map((s) => [s.user, s.ticks]),
    errors,
    rssMiB: process.memoryUsage().rss / 1048576,
  });
  setTimeout(() => process.exit(0), 100);
});
