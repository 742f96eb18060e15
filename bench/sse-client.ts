import http from 'node:http';
import { createInterface } from 'node:readline';

// The SSE row's load client (run pinned to its own core by bench/phases/sse.ts). It opens STREAMS_PER_RUN event
// streams to each run in RUN_IDS (comma separated) on BASE_URL with TOKEN, at most CONNECT_CONCURRENCY being
// set up at once, and reports on stdout as JSON lines:
//   {"type":"connected", ...}   once every stream has its 200 headers (or failed)
//   {"type":"ended", ...}       once every stream has ended
//   {"type":"summary", ...}     after it reads "report" on stdin: per-stream counts and the delivery delays
// A delay is the arrival time of a `run.progress` event minus its occurredAt (the insert's now() in Postgres).
const base = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:8787');
if (base.hostname !== '127.0.0.1') throw new Error('the SSE client only talks to 127.0.0.1');
const token = process.env.TOKEN ?? '';
const runIds = (process.env.RUN_IDS ?? '').split(',').filter(Boolean);
const perRun = Number(process.env.STREAMS_PER_RUN ?? 100);
const concurrency = Number(process.env.CONNECT_CONCURRENCY ?? 200);
const PROGRESS = 'run.progress';
const TERMINAL = new Set(['run.succeeded', 'run.failed', 'run.canceled', 'run.timed_out']);

type Stream = {
  run: number;
  status: number;
  progress: number;
  dups: number;
  lastId: number;
  terminal: boolean;
  done: boolean;
  ended: boolean;
  error?: string;
  buffer: string;
};

const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const streams: Stream[] = [];
let delays = new Float64Array(1 << 16);
let delayCount = 0;
let connected = 0;
let failed = 0;
let ended = 0;
const startedAt = Date.now();

function recordDelay(ms: number) {
  if (delayCount === delays.length) {
    const bigger = new Float64Array(delays.length * 2);
    bigger.set(delays);
    delays = bigger;
  }
  delays[delayCount++] = ms;
}

function onFrame(s: Stream, frame: string, arrival: number) {
  let id: number | undefined;
  let event = 'message';
  let data = '';
  for (const line of frame.split('\n')) {
    if (line.startsWith('id: ')) id = Number(line.slice(4));
    else if (line.startsWith('event: ')) event = line.slice(7);
    else if (line.startsWith('data: ')) data += (data ? '\n' : '') + line.slice(6);
  }
  if (event === 'done') {
    s.done = true;
    return;
  }
  if (id === undefined) return;
  if (id <= s.lastId) {
    s.dups++;
    return;
  }
  s.lastId = id;
  if (event === PROGRESS) {
    s.progress++;
    const occurredAt = Date.parse(JSON.parse(data).occurredAt);
    recordDelay(arrival - occurredAt);
  } else if (TERMINAL.has(event)) s.terminal = true;
}

function finish(s: Stream, error?: string) {
  if (s.ended) return;
  s.ended = true;
  if (error) s.error = error;
  ended++;
  if (ended === streams.length) emit({ type: 'ended', ms: Date.now() - startedAt });
}

function open(s: Stream): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      if (ok) connected++;
      else failed++;
      resolve();
    };
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path: `/lenserfight/v1/runs/${runIds[s.run]}/events`,
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
        agent,
      },
      (res) => {
        s.status = res.statusCode ?? 0;
        settle(s.status === 200);
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const arrival = Date.now();
          s.buffer += chunk;
          let cut: number;
          while ((cut = s.buffer.indexOf('\n\n')) !== -1) {
            const frame = s.buffer.slice(0, cut);
            s.buffer = s.buffer.slice(cut + 2);
            if (frame && !frame.startsWith(':')) onFrame(s, frame, arrival);
          }
        });
        res.on('end', () => finish(s));
        res.on('error', (err) => finish(s, err.message));
      },
    );
    req.on('error', (err) => {
      settle(false);
      finish(s, err.message);
    });
    req.end();
  });
}

function emit(message: object) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

for (let run = 0; run < runIds.length; run++) {
  for (let i = 0; i < perRun; i++) {
    streams.push({ run, status: 0, progress: 0, dups: 0, lastId: 0, terminal: false, done: false, ended: false, buffer: '' });
  }
}
// Connect round-robin over the runs so every run gets its streams at the same pace.
const order = streams.map((_, i) => streams[(i % runIds.length) * perRun + Math.floor(i / runIds.length)]);
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(concurrency, order.length) }, async () => {
    while (next < order.length) await open(order[next++]);
  }),
);
emit({ type: 'connected', connected, failed, ms: Date.now() - startedAt });

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'report') return;
  const sorted = delays.slice(0, delayCount).sort();
  const errors: Record<string, number> = {};
  for (const s of streams) if (s.error) errors[s.error] = (errors[s.error] ?? 0) + 1;
  emit({
    type: 'summary',
    streams: streams.length,
    connected,
    failed,
    ended,
    delays: {
      count: delayCount,
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: delayCount ? sorted[delayCount - 1] : null,
    },
    // per stream: [run index, progress events, repeated ids, got terminal, got done, ended]
    perStream: streams.map((s) => [s.run, s.progress, s.dups, s.terminal ? 1 : 0, s.done ? 1 : 0, s.ended ? 1 : 0]),
    errors,
    rssMiB: process.memoryUsage().rss / 1048576,
  });
  agent.destroy();
  setTimeout(() => process.exit(0), 100);
});
