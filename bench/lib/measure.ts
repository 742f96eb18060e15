// Measuring servers with wrk: one sample of one op, and the warm-up and interleaved rounds over several rows.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { log, warn } from './bookkeeping.js';
import { busyBetween, coreTimes, cpuSeconds, postgresCpu, postgresCpuBetween, rssMiB, type Server } from './processes.js';
import { CLIENT_CPU, CONNECTIONS, REWARM, ROUNDS, SECONDS, SERVER_CPU, SETTLE_SLICES, WARMUP, WRK_SCRIPT } from './settings.js';

export type Op = { name: string; method: 'GET' | 'POST'; path: string; body?: string; headers: Record<string, string> };
export type Sample = {
  rps: number;
  p50: number;
  p99: number;
  rssMiB: number | null;
  serverCpu: number;
  wrkCpu: number;
  serverCoreBusy: number;
  clientCoreBusy: number;
  postgresCpu: number;
  errors: number;
  requests: number;
};

async function runWrk(server: Server, op: Op, seconds: number): Promise<Sample> {
  const url = server.base + op.path;
  const headerList = Object.entries(op.headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('|');
  const cpuBefore = cpuSeconds(server.pid);
  const serverCore0 = coreTimes(SERVER_CPU);
  const clientCore0 = coreTimes(CLIENT_CPU);
  const pg0 = postgresCpu();
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      'taskset',
      ['-c', CLIENT_CPU, 'bash', '-c', `wrk -t1 -c${CONNECTIONS} -d${seconds}s --timeout 10s --latency -s "$1" "$2"; times`, 'bash', WRK_SCRIPT, url],
      { env: { ...process.env, BENCH_METHOD: op.method, BENCH_BODY: op.body ?? '', BENCH_HEADERS: headerList }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let text = '';
    child.stdout!.on('data', (c) => (text += c));
    child.stderr!.on('data', (c) => (text += c));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}: ${text}`))));
  });
  const cpuAfter = cpuSeconds(server.pid);
  const serverCoreBusy = busyBetween(serverCore0, coreTimes(SERVER_CPU));
  const clientCoreBusy = busyBetween(clientCore0, coreTimes(CLIENT_CPU));
  const pg1 = postgresCpu();
  const rss = rssMiB(server.pid);
  const m = /BENCH_JSON (\{.*\})/.exec(out);
  if (!m) throw new Error(`no BENCH_JSON in wrk output: ${out.trim().split('\n')[0]}`);
  const r = JSON.parse(m[1]);
  const durationS = r.durationUs / 1e6;
  // `times` prints the shell's own times, then its children's (wrk): "0m1.234s 0m0.567s".
  const times = [...out.matchAll(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/g)].pop();
  const wrkCpu = times ? (Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4])) / durationS : NaN;
  const errors = r.errConnect + r.errRead + r.errWrite + r.errStatus + r.errTimeout;
  if (errors > 0) log(`${server.name} ${op.name}: connect ${r.errConnect}, read ${r.errRead}, write ${r.errWrite}, non-2xx ${r.errStatus}, timeout ${r.errTimeout}`);
  return {
    rps: r.requests / durationS,
    p50: r.p50Us / 1000,
    p99: r.p99Us / 1000,
    rssMiB: rss,
    serverCpu: (cpuAfter - cpuBefore) / durationS,
    wrkCpu,
    serverCoreBusy,
    clientCoreBusy,
    postgresCpu: postgresCpuBetween(pg0, pg1) / durationS,
    errors,
    requests: r.requests,
  };
}

export const median = (values: number[]): number => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

export type Candidate = { row: string; server: Server; ops: Op[]; restart: () => Promise<Server> };

const isAlive = (server: Server) => server.child.exitCode === null && server.child.signalCode === null;

/** Measures once; if the server has died (or dies meanwhile), restarts it, warms it up again and retries once. */
async function measure(c: Candidate, op: Op, seconds: number): Promise<Sample> {
  for (let attempt = 1; ; attempt++) {
    if (!isAlive(c.server)) {
      warn(`${c.row} was not running before ${op.name}; restarted it`);
      c.server = await c.restart();
      for (const o of c.ops) await runWrk(c.server, o, WARMUP);
    }
    try {
      const sample = await runWrk(c.server, op, seconds);
      if (isAlive(c.server)) return sample;
      throw new Error(`${c.row} died during the measurement`);
    } catch (err) {
      if (attempt >= 2) throw err;
      log(`${c.row} ${op.name}: ${(err as Error).message}; retrying`);
      await sleep(500);
    }
  }
}
export type Measured = { row: string; op: string; samples: (Sample & { round: number })[] };

/**
 * Warm-up (WARMUP s per row and op), then ROUNDS rounds; within a round every row runs once per op, in an order
 * rotated each round, each measurement preceded by a REWARM s warm-up of its own.
 */
export async function interleave(candidates: Candidate[]): Promise<Measured[]> {
  const results = new Map<string, Measured>();
  for (const c of candidates) {
    for (const op of c.ops) {
      log(`warm-up ${c.row} ${op.name} (${WARMUP} s)`);
      const s = await measure(c, op, WARMUP);
      if (s.errors > 0) warn(`${c.row} ${op.name}: ${s.errors} errors or non-2xx responses during warm-up`);
      results.set(`${c.row}\t${op.name}`, { row: c.row, op: op.name, samples: [] });
    }
  }
  const opNames = [...new Set(candidates.flatMap((c) => c.ops.map((o) => o.name)))];
  for (let round = 0; round < ROUNDS; round++) {
    for (const opName of opNames) {
      const order = candidates.map((_, i) => candidates[(i + round) % candidates.length]);
      for (const c of order) {
        const op = c.ops.find((o) => o.name === opName);
        if (!op) continue;
        let s: Sample;
        try {
          await measure(c, op, REWARM);
          s = await measure(c, op, SECONDS);
        } catch (err) {
          warn(`${c.row} ${opName} round ${round + 1} failed: ${(err as Error).message}`);
          continue;
        }
        log(
          `round ${round + 1}/${ROUNDS} ${c.row.padEnd(16)} ${opName.padEnd(16)} ${Math.round(s.rps).toString().padStart(6)} req/s  p50 ${s.p50.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms  server ${(s.serverCpu * 100).toFixed(0)}% (core ${(s.serverCoreBusy * 100).toFixed(0)}%)  wrk ${(s.wrkCpu * 100).toFixed(0)}% (core ${(s.clientCoreBusy * 100).toFixed(0)}%)  pg ${(s.postgresCpu * 100).toFixed(0)}%`,
        );
        if (s.errors > 0) warn(`${c.row} ${opName} round ${round + 1}: ${s.errors} of ${s.requests} requests failed or were not 2xx`);
        // Busy cores beyond what the server, wrk and Postgres account for: something else on the machine was running.
        const foreign = Math.max(s.serverCoreBusy + s.clientCoreBusy - s.serverCpu - s.wrkCpu - s.postgresCpu, 0);
        if (foreign > 0.25) warn(`${c.row} ${opName} round ${round + 1}: ${(foreign * 100).toFixed(0)} % of a core was busy with processes outside the benchmark (server ${(s.serverCpu * 100).toFixed(0)} %, wrk ${(s.wrkCpu * 100).toFixed(0)} %, postgres ${(s.postgresCpu * 100).toFixed(0)} %; cores ${(s.serverCoreBusy * 100).toFixed(0)} % / ${(s.clientCoreBusy * 100).toFixed(0)} %)`);
        results.get(`${c.row}\t${opName}`)!.samples.push({ ...s, round });
      }
    }
  }
  return [...results.values()];
}

export type Alternation = { row: string; baseline: string; op: string; rps: number[]; p99: number[] };

/**
 * The ratio targets' own measurement: `row` and `baseline` served in turn, SLICE s each, baseline first and last
 * (b a b a … b), and every slice of `row` set against the mean of the baseline's slices either side of it. This
 * VM's speed drifts by tens of percent over tens of seconds (the same server measured 13,000 and 22,000 req/s in
 * one run), more than the rounds' pairing, minutes apart at most, can take out; seconds apart, the drift is small.
 * The first `settle` pairs of slices are not counted (SETTLE_SLICES): they bring a row that sat idle while the other
 * was busy back to the state the other is in.
 */
export async function alternate(
  row: Candidate,
  baseline: Candidate,
  opName: string,
  slices: number,
  seconds: number,
  { settle = SETTLE_SLICES, label = row.row }: { settle?: number; label?: string } = {},
): Promise<Alternation | null> {
  const op = row.ops.find((o) => o.name === opName);
  const base = baseline.ops.find((o) => o.name === opName);
  if (!op || !base) return null;
  const result: Alternation = { row: label, baseline: baseline.row, op: opName, rps: [], p99: [] };
  try {
    let before = await measure(baseline, base, seconds);
    for (let i = 0; i < settle; i++) {
      await measure(row, op, seconds);
      before = await measure(baseline, base, seconds);
    }
    for (let i = 0; i < slices; i++) {
      const mine = await measure(row, op, seconds);
      const after = await measure(baseline, base, seconds);
      result.rps.push(mine.rps / ((before.rps + after.rps) / 2));
      result.p99.push(mine.p99 / ((before.p99 + after.p99) / 2));
      before = after;
    }
  } catch (err) {
    warn(`alternating ${row.row} and ${baseline.row} on ${opName} failed: ${(err as Error).message}`);
    return result.rps.length ? result : null;
  }
  log(`alternated ${label} with ${baseline.row} on ${opName}: ${result.rps.map((r) => r.toFixed(2)).join(' ')} (median ${median(result.rps).toFixed(2)}×)`);
  return result;
}
