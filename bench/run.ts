import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { SignJWT } from 'jose';
import pg from 'pg';

// `npm run bench` (through bench/run.sh, which installs wrk, raises the open-files limit and fetches GitHub's
// spec). Every server runs pinned to one core (BENCH_SERVER_CPU, 0) and wrk, or the SSE client, to the other
// (BENCH_CLIENT_CPU, 1). Each row is warmed up, then measured in BENCH_ROUNDS interleaved rounds; the table
// shows medians. Only 127.0.0.1 is ever contacted.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const CACHE = join(BENCH, '.cache');
const LOGS = join(CACHE, 'logs');
const RESULTS = join(BENCH, 'results');
const CREATED_DBS = join(CACHE, 'created-dbs.txt');
const RUNNING_PIDS = join(CACHE, 'running-pids.txt');
const GITHUB_SPEC = join(CACHE, 'api.github.com.json');
const WRK_SCRIPT = join(BENCH, 'wrk', 'request.lua');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Math.max(1, Math.round(SECONDS / 3));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SERVER_CPU = process.env.BENCH_SERVER_CPU ?? '0';
const CLIENT_CPU = process.env.BENCH_CLIENT_CPU ?? '1';
const STARTUP_RUNS = 3;
const SSE_RUNS = Number(process.env.BENCH_SSE_RUNS ?? 100);
const SSE_PER_RUN = Number(process.env.BENCH_SSE_STREAMS_PER_RUN ?? 100);
const RETRY_WAIT_MS = Number(process.env.BENCH_RETRY_WAIT_S ?? 60) * 1000;
const PHASES = new Set((process.env.BENCH_PHASES ?? 'http,db,startup,sse').split(','));
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const HOST = '127.0.0.1';
const ITEM_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const ITEM_BODY = JSON.stringify({ name: 'bench item', price: 9.5, tags: ['a', 'b'] });
const LENS_ID = '5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01';
const TSX = ['--import', 'tsx'];

mkdirSync(LOGS, { recursive: true });
mkdirSync(RESULTS, { recursive: true });

// ---------------------------------------------------------------------------------------------- bookkeeping

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const notes: string[] = [];
const warn = (msg: string) => {
  log(`WARNING: ${msg}`);
  notes.push(msg);
};

const children = new Map<number, ChildProcess>();
const databases = new Set<string>();
function persistBookkeeping() {
  writeFileSync(RUNNING_PIDS, [...children.keys()].map((p) => `${p}\n`).join(''));
  writeFileSync(CREATED_DBS, [...databases].map((d) => `${d}\n`).join(''));
}

let cleaningUp = false;
async function cleanup() {
  if (cleaningUp) return;
  cleaningUp = true;
  for (const child of [...children.values()]) await stopProcess(child);
  for (const db of [...databases]) dropDatabase(db);
  persistBookkeeping();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping servers and dropping databases`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------- processes

/** Starts `node <args>` pinned to `cpu`; stdout and stderr go to bench/.cache/logs/<name>.log. */
function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv, cpu: string): ChildProcess {
  const fd = openSync(join(LOGS, `${name}.log`), 'a');
  const child = spawn('taskset', ['-c', cpu, process.execPath, ...args], { cwd: ROOT, env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  // taskset execs node, so this pid is the server's own.
  children.set(child.pid!, child);
  persistBookkeeping();
  child.on('exit', (code, signal) => {
    children.delete(child.pid!);
    persistBookkeeping();
    if (!stopping.has(child)) warn(`${name} (pid ${child.pid}) exited on its own: ${signal ?? `code ${code}`}`);
  });
  return child;
}

const stopping = new WeakSet<ChildProcess>();

async function stopProcess(child: ChildProcess): Promise<void> {
  stopping.add(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killed = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!killed) {
    child.kill('SIGKILL');
    await exited;
  }
}

function logTail(name: string, lines = 15): string {
  try {
    return readFileSync(join(LOGS, `${name}.log`), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

type Reply = { status: number; body: string };
function request(method: string, url: string, headers: Record<string, string> = {}, body?: string, timeoutMs = 10_000): Promise<Reply> {
  const target = new URL(url);
  if (target.hostname !== HOST) throw new Error(`refusing to contact ${target.hostname}`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: HOST,
        port: target.port,
        path: target.pathname + target.search,
        method,
        agent: false,
        timeout: timeoutMs,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** Polls until `url` answers `status`; returns ms since `since`. Throws if the process exits first. */
async function waitForStatus(
  child: ChildProcess,
  name: string,
  url: string,
  headers: Record<string, string>,
  since: number,
  timeoutMs = 180_000,
  intervalMs = 20,
): Promise<number> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}):\n${logTail(name)}`);
    try {
      const reply = await request('GET', url, headers, undefined, 5000);
      if (reply.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs) throw new Error(`${name} was not ready after ${timeoutMs} ms:\n${logTail(name)}`);
    await sleep(intervalMs);
  }
}

type Server = { name: string; child: ChildProcess; pid: number; port: number; base: string };
let nextPort = 9300 + Math.floor(Math.random() * 200);

/** Starts a server and waits for its probe; a framework server that fails (a concurrent edit) is retried after a minute. */
async function startServer(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  probe: (base: string) => { url: string; headers?: Record<string, string> },
  attempts = 3,
): Promise<Server> {
  for (let attempt = 1; ; attempt++) {
    const port = nextPort++;
    const base = `http://${HOST}:${port}`;
    const child = startProcess(name, args, { ...env, PORT: String(port) }, SERVER_CPU);
    const { url, headers = {} } = probe(base);
    try {
      const ms = await waitForStatus(child, name, url, headers, performance.now());
      log(`${name} ready on ${port} (pid ${child.pid}) after ${Math.round(ms)} ms`);
      return { name, child, pid: child.pid!, port, base };
    } catch (err) {
      await stopProcess(child);
      if (attempt >= attempts) throw err;
      warn(`${name} failed to start (attempt ${attempt}; retried after ${RETRY_WAIT_MS / 1000} s): ${(err as Error).message.split('\n')[0]}`);
      log(`${name}'s log ends:\n${logTail(name, 5)}`);
      await sleep(RETRY_WAIT_MS);
    }
  }
}

function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Busy and total jiffies of one core, from /proc/stat (busy = everything but idle and iowait). */
function coreTimes(cpu: string): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith(`cpu${cpu} `));
  if (!line) return { busy: NaN, total: NaN };
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - v[3] - v[4], total };
}

const busyBetween = (a: { busy: number; total: number }, b: { busy: number; total: number }) => (b.busy - a.busy) / (b.total - a.total);

/** CPU seconds used so far by each process named postgres (the server and its backends; only read). */
function postgresCpu(): Map<string, number> {
  const byPid = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byPid.set(entry, (Number(fields[11]) + Number(fields[12])) / CLK_TCK);
    } catch {
      // gone meanwhile
    }
  }
  return byPid;
}

/** Postgres CPU seconds between two snapshots, per process (a backend that exited in between is not counted). */
function postgresCpuBetween(before: Map<string, number>, after: Map<string, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return NaN;
  }
}

// ---------------------------------------------------------------------------------------------- databases

function createDatabase(): string {
  const url = execFileSync(process.execPath, [...TSX, 'scripts/test-database.ts', 'create'], { cwd: ROOT }).toString().trim().split('\n').pop()!;
  const name = new URL(url).pathname.slice(1);
  if (new URL(url).hostname !== HOST) throw new Error(`unexpected database host in ${url}`);
  databases.add(name);
  persistBookkeeping();
  return url;
}

function dropDatabase(name: string) {
  try {
    execFileSync(process.execPath, [...TSX, 'scripts/test-database.ts', 'drop', name], { cwd: ROOT, stdio: 'ignore' });
    databases.delete(name);
    persistBookkeeping();
  } catch (err) {
    log(`could not drop database ${name}: ${(err as Error).message}`);
  }
}

const dbName = (url: string) => new URL(url).pathname.slice(1);

function signToken(secret: string, subject: string): Promise<string> {
  return new SignJWT({ role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + 6 * 3600)
    .sign(new TextEncoder().encode(secret));
}

// ---------------------------------------------------------------------------------------------- wrk

type Op = { name: string; method: 'GET' | 'POST'; path: string; body?: string; headers: Record<string, string> };
type Sample = {
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

const median = (values: number[]): number => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

type Candidate = { row: string; server: Server; ops: Op[]; restart: () => Promise<Server> };

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
type Measured = { row: string; op: string; samples: (Sample & { round: number })[] };

/** Warm-up (WARMUP s per row and op), then ROUNDS rounds; within a round every row runs once per op, in an order rotated each round. */
async function interleave(candidates: Candidate[]): Promise<Measured[]> {
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

// ---------------------------------------------------------------------------------------------- rows

type Row = {
  row: string;
  op: string;
  rps: number | null;
  p50: number | null;
  p99: number | null;
  rssMiB: number | null;
  vsRaw: number | null;
  vsFastify: number | null;
};
const rows: Row[] = [];
const cpuNotes: string[] = [];
const extra: Record<string, unknown> = {};

const measuredAll: Measured[] = [];

function addMeasured(measured: Measured[]) {
  measuredAll.push(...measured);
  for (const m of measured) {
    const s = m.samples;
    rows.push({
      row: m.row,
      op: m.op,
      rps: median(s.map((x) => x.rps)),
      p50: median(s.map((x) => x.p50)),
      p99: median(s.map((x) => x.p99)),
      rssMiB: median(s.map((x) => x.rssMiB ?? NaN)),
      vsRaw: null,
      vsFastify: null,
    });
    const pct = (f: (x: Sample) => number) => `${(median(s.map(f)) * 100).toFixed(0)} %`;
    cpuNotes.push(
      `| ${m.row} | ${m.op} | ${pct((x) => x.serverCpu)} | ${pct((x) => x.serverCoreBusy)} | ${pct((x) => x.wrkCpu)} | ${pct((x) => x.clientCoreBusy)} | ${pct((x) => x.postgresCpu)} | ${s
        .map((x) => Math.round(x.rps))
        .join(' / ')} | ${s.reduce((a, x) => a + x.errors, 0)} |`,
    );
  }
}

function failedRow(row: string, op: string, err: unknown) {
  warn(`${row} ${op} failed: ${(err as Error).message.split('\n')[0]}`);
  rows.push({ row, op, rps: null, p50: null, p99: null, rssMiB: null, vsRaw: null, vsFastify: null });
}

const itemOps = (base: string): Op[] => [
  { name: 'GET /items/{id}', method: 'GET', path: `${base}/items/${ITEM_ID}`, headers: { 'X-Api-Key': 'bench-key' } },
  { name: 'POST /items', method: 'POST', path: `${base}/items`, body: ITEM_BODY, headers: { 'X-Api-Key': 'bench-key' } },
];

/** Checks that a server answers the bench API as the framework does, so every row does the same work. */
async function smokeCheck(server: Server, prefix: string): Promise<string[]> {
  const key = { 'X-Api-Key': 'bench-key' };
  const problems: string[] = [];
  const expect = async (what: string, status: number, reply: Promise<Reply>, check?: (body: any) => boolean) => {
    const r = await reply;
    let ok = r.status === status;
    if (ok && check) {
      try {
        ok = check(JSON.parse(r.body));
      } catch {
        ok = false;
      }
    }
    if (!ok) problems.push(`${what}: got ${r.status} ${r.body.slice(0, 120)}`);
  };
  const url = server.base + prefix;
  await expect('GET', 200, request('GET', `${url}/items/${ITEM_ID}`, key), (b) => b.id === ITEM_ID && b.name === 'bench item' && b.price === 9.5);
  await expect('GET bad uuid', 400, request('GET', `${url}/items/not-a-uuid`, key), (b) => typeof b.error === 'string');
  await expect('GET no key', 401, request('GET', `${url}/items/${ITEM_ID}`), (b) => typeof b.error === 'string');
  await expect('POST', 201, request('POST', `${url}/items`, key, ITEM_BODY), (b) => /^[0-9a-f-]{36}$/.test(b.id) && b.name === 'bench item' && b.tags.length === 2);
  await expect('POST price "5" (no coercion)', 400, request('POST', `${url}/items`, key, '{"name":"x","price":"5"}'));
  await expect('POST name 123 (no coercion)', 400, request('POST', `${url}/items`, key, '{"name":123,"price":5}'));
  await expect('POST extra property', 400, request('POST', `${url}/items`, key, '{"name":"x","price":5,"extra":1}'));
  await expect('POST bad JSON', 400, request('POST', `${url}/items`, key, '{"name":'));
  await expect('POST no key', 401, request('POST', `${url}/items`, {}, ITEM_BODY));
  return problems;
}

async function httpPhase() {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  const specs: { row: string; file: string; prefix: string; env?: NodeJS.ProcessEnv }[] = [
    { row: 'raw', file: 'bench/servers/raw.ts', prefix: '' },
    { row: 'fastify', file: 'bench/servers/fastify.ts', prefix: '' },
    { row: 'naive', file: 'bench/servers/naive.ts', prefix: '' },
    { row: 'framework', file: 'bench/servers/framework.ts', prefix: '/bench' },
    { row: 'framework-github', file: 'bench/servers/framework.ts', prefix: '/bench', env: { BENCH_GITHUB_SPEC: GITHUB_SPEC } },
  ];
  const candidates: Candidate[] = [];
  try {
    for (const s of specs) {
      try {
        if (s.row === 'framework-github' && !existsSync(GITHUB_SPEC)) throw new Error(`${GITHUB_SPEC} is missing (bench/run.sh fetches it)`);
        const start = () =>
          startServer(s.row, [...TSX, s.file], { ...env, ...s.env }, (base) => ({
            url: `${base}${s.prefix}/items/${ITEM_ID}`,
            headers: { 'X-Api-Key': 'bench-key' },
          }));
        const server = await start();
        const problems = await smokeCheck(server, s.prefix);
        if (problems.length) warn(`${s.row} answers differently from the framework: ${problems.join('; ')}`);
        candidates.push({ row: s.row, server, ops: itemOps(s.prefix), restart: start });
      } catch (err) {
        for (const op of itemOps('')) failedRow(s.row, op.name, err);
      }
    }
    addMeasured(await interleave(candidates));
  } finally {
    for (const c of candidates) await stopProcess(c.server.child);
    for (const child of [...children.values()]) if (child !== undefined) await stopProcess(child);
  }
}

async function dbPhase() {
  const url = createDatabase();
  const secret = randomBytes(32).toString('hex');
  const token = await signToken(secret, 'bench-user');
  const auth = { Authorization: `Bearer ${token}` };
  const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: secret };
  const started: Server[] = [];
  const opName = 'GET /runs/{id}';
  try {
    const startFramework = async () => {
      const server = await startServer('framework-db', [...TSX, 'src/main.ts'], env, (base) => ({ url: `${base}/lenserfight/health` }));
      started.push(server);
      return server;
    };
    const framework = await startFramework();
    const created = await request('POST', `${framework.base}/lenserfight/v1/lenses/${LENS_ID}/execute`, auth, JSON.stringify({ params: { topic: 'x' } }));
    if (created.status !== 202 && created.status !== 201 && created.status !== 200) throw new Error(`executeLens answered ${created.status}: ${created.body}`);
    const runId: string = JSON.parse(created.body).data.runId;
    const path = `/lenserfight/v1/runs/${runId}`;
    let status = '';
    let frameworkData: unknown;
    for (let i = 0; i < 300 && status !== 'succeeded'; i++) {
      const r = await request('GET', framework.base + path, auth);
      frameworkData = JSON.parse(r.body).data;
      status = (frameworkData as { status?: string })?.status ?? '';
      if (status === 'failed') throw new Error(`the prepared run failed: ${r.body}`);
      if (status !== 'succeeded') await sleep(100);
    }
    if (status !== 'succeeded') throw new Error(`the prepared run ${runId} did not succeed`);
    const startHandwritten = async () => {
      const server = await startServer('pg-handwritten', [...TSX, 'bench/servers/pg-handwritten.ts'], env, (base) => ({ url: `${base}${path}`, headers: auth }));
      started.push(server);
      return server;
    };
    const handwritten = await startHandwritten();
    const theirs = JSON.parse((await request('GET', handwritten.base + path, auth)).body);
    if (!isDeepStrictEqual(theirs.data, frameworkData)) warn('pg-handwritten and framework-db return different run status bodies');
    const op: Op = { name: opName, method: 'GET', path, headers: auth };
    extra.dbRun = { runId, artifacts: (frameworkData as { artifacts: unknown[] }).artifacts.length };
    addMeasured(
      await interleave([
        { row: 'pg-handwritten', server: handwritten, ops: [op], restart: startHandwritten },
        { row: 'framework-db', server: framework, ops: [op], restart: startFramework },
      ]),
    );
  } catch (err) {
    for (const row of ['pg-handwritten', 'framework-db']) if (!rows.some((r) => r.row === row)) failedRow(row, opName, err);
  } finally {
    for (const s of started) await stopProcess(s.child);
    dropDatabase(dbName(url));
  }
}

let warmDir: string | undefined;
/** A data directory initialised once (the first start of `npm start` pays for initdb), reused by later starts. */
function warmDataDir(): string {
  if (warmDir) return warmDir;
  warmDir = mkdtempSync(join(tmpdir(), 'bench-warm-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: warmDir };
  delete env.DATABASE_URL;
  execFileSync(process.execPath, [...TSX, 'bench/init-data-dir.ts'], { cwd: ROOT, env, stdio: 'ignore' });
  return warmDir;
}

/** Process start to first 200, STARTUP_RUNS times; the median goes in p50, the RSS at that moment in RSS. */
async function startupPhase() {
  const cases: { op: string; prepare: () => { env: NodeJS.ProcessEnv; args: string[]; probe: (base: string) => { url: string; headers?: Record<string, string> }; done: () => void } }[] = [
    {
      op: 'all five specs, PGlite (fresh DATA_DIR)',
      prepare: () => {
        const dir = mkdtempSync(join(tmpdir(), 'bench-data-'));
        const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATA_DIR: dir };
        delete env.DATABASE_URL;
        return { env, args: ['dist/main.mjs'], probe: (base) => ({ url: `${base}/lenserfight/health` }), done: () => rmSync(dir, { recursive: true, force: true }) };
      },
    },
    {
      op: 'all five specs, Postgres (fresh DB)',
      prepare: () => {
        const url = createDatabase();
        const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: randomBytes(32).toString('hex') };
        return { env, args: ['dist/main.mjs'], probe: (base) => ({ url: `${base}/lenserfight/health` }), done: () => dropDatabase(dbName(url)) };
      },
    },
    {
      op: 'all five specs, framework only (framework.ts, no database)',
      prepare: () => {
        const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', BENCH_FIVE_SPECS: '1' };
        delete env.DATABASE_URL;
        return {
          env,
          args: ['dist/bench-framework.mjs'],
          probe: (base) => ({ url: `${base}/bench/items/${ITEM_ID}`, headers: { 'X-Api-Key': 'bench-key' } }),
          done: () => {},
        };
      },
    },
    {
      op: 'all five specs, PGlite (existing DATA_DIR)',
      prepare: () => {
        const dir = warmDataDir();
        const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATA_DIR: dir };
        delete env.DATABASE_URL;
        return { env, args: ['dist/main.mjs'], probe: (base) => ({ url: `${base}/lenserfight/health` }), done: () => {} };
      },
    },
    {
      op: "GitHub's spec + bench API (framework.ts)",
      prepare: () => {
        const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', BENCH_GITHUB_SPEC: GITHUB_SPEC };
        delete env.DATABASE_URL;
        return {
          env,
          args: ['dist/bench-framework.mjs'],
          probe: (base) => ({ url: `${base}/bench/items/${ITEM_ID}`, headers: { 'X-Api-Key': 'bench-key' } }),
          done: () => {},
        };
      },
    },
  ];
  const startup: Record<string, number[]> = {};
  for (const c of cases) {
    const times: number[] = [];
    const rss: number[] = [];
    try {
      for (let i = 0; i < STARTUP_RUNS; i++) {
        const { env, args, probe, done } = c.prepare();
        const port = nextPort++;
        const base = `http://${HOST}:${port}`;
        const { url, headers = {} } = probe(base);
        const t0 = performance.now();
        const child = startProcess(`startup`, args, { ...env, PORT: String(port) }, SERVER_CPU);
        try {
          const ms = await waitForStatus(child, 'startup', url, headers, t0, 120_000, 10);
          times.push(ms);
          rss.push(rssMiB(child.pid!) ?? NaN);
          log(`startup ${c.op}: ${Math.round(ms)} ms`);
        } finally {
          await stopProcess(child);
          done();
        }
      }
      startup[c.op] = times;
      rows.push({ row: 'startup', op: c.op, rps: null, p50: median(times), p99: null, rssMiB: median(rss), vsRaw: null, vsFastify: null });
    } catch (err) {
      failedRow('startup', c.op, err);
    }
  }
  extra.startup = startup;
  if (warmDir) rmSync(warmDir, { recursive: true, force: true });
}

type SseSummary = {
  streams: number;
  connected: number;
  failed: number;
  ended: number;
  delays: { count: number; p50: number | null; p90: number | null; p99: number | null; max: number | null };
  perStream: [number, number, number, number, number, number][];
  errors: Record<string, number>;
  rssMiB: number;
};

async function ssePhase() {
  const op = `${(SSE_RUNS * SSE_PER_RUN).toLocaleString('en-US')} streams / ${SSE_RUNS} runs`;
  const url = createDatabase();
  const secret = randomBytes(32).toString('hex');
  const subject = 'bench-sse';
  const token = await signToken(secret, subject);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: url,
    JWT_SECRET: secret,
    // the inserted runs have no worker: keep recovery away from them
    RUN_STALE_AFTER_MS: String(24 * 3600 * 1000),
    LOG_LEVEL: 'warn',
  };
  let server: Server | undefined;
  let client: ChildProcess | undefined;
  const db = new pg.Client({ connectionString: url });
  try {
    server = await startServer('sse-server', [...TSX, 'src/main.ts'], env, (base) => ({ url: `${base}/lenserfight/health` }));
    await db.connect();
    const { rows: runs } = await db.query<{ id: string }>(
      `insert into lf_runs (request_id, owner_sub, kind, lens_id, status, inputs, started_at, heartbeat_at)
       select gen_random_uuid(), $1, 'lens', $2, 'running', '{"topic":"bench"}'::jsonb, now(), now() from generate_series(1, $3::int)
       returning id`,
      [subject, LENS_ID, SSE_RUNS],
    );
    const runIds = runs.map((r) => r.id);
    const rssIdle = rssMiB(server.pid);

    // The client, pinned to the other core, talking JSON lines.
    const fd = openSync(join(LOGS, 'sse-client.log'), 'a');
    client = spawn('taskset', ['-c', CLIENT_CPU, process.execPath, '--max-old-space-size=4096', ...TSX, 'bench/sse-client.ts'], {
      cwd: ROOT,
      env: { ...process.env, BASE_URL: server.base, TOKEN: token, RUN_IDS: runIds.join(','), STREAMS_PER_RUN: String(SSE_PER_RUN), CONNECT_CONCURRENCY: '200' },
      stdio: ['pipe', 'pipe', fd],
    });
    closeSync(fd);
    children.set(client.pid!, client);
    persistBookkeeping();
    client.on('exit', () => {
      children.delete(client!.pid!);
      persistBookkeeping();
    });
    const messages: any[] = [];
    const waiters: (() => void)[] = [];
    createInterface({ input: client.stdout! }).on('line', (line) => {
      try {
        messages.push(JSON.parse(line));
      } catch {
        return;
      }
      for (const w of waiters.splice(0)) w();
    });
    const waitFor = async (type: string, timeoutMs: number) => {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const found = messages.find((m) => m.type === type);
        if (found) return found;
        if (client!.exitCode !== null) throw new Error(`the SSE client exited (${client!.exitCode}):\n${readFileSync(join(LOGS, 'sse-client.log'), 'utf8').slice(-2000)}`);
        const left = deadline - performance.now();
        if (left <= 0) return undefined;
        await Promise.race([new Promise<void>((r) => waiters.push(r)), sleep(Math.min(left, 1000))]);
      }
    };

    log(`SSE: opening ${SSE_RUNS * SSE_PER_RUN} streams`);
    const connected = await waitFor('connected', 600_000);
    if (!connected) throw new Error('the SSE client did not finish connecting in 10 minutes');
    log(`SSE: ${connected.connected} streams open (${connected.failed} failed) after ${connected.ms} ms`);
    if (connected.failed > 0) warn(`SSE: ${connected.failed} streams failed to open`);
    // Let every stream finish reading its (empty) backlog and register with the hub.
    await sleep(3000);
    const rssConnected = rssMiB(server.pid);

    // Steady load: one event per run per second, spread evenly (one insert every 1000/SSE_RUNS ms).
    const inserted = new Array<number>(SSE_RUNS).fill(0);
    const intervalMs = 1000 / SSE_RUNS;
    const total = SECONDS * SSE_RUNS;
    let rssMax = rssConnected ?? 0;
    const cpu0 = cpuSeconds(server.pid);
    const clientCpu0 = cpuSeconds(client.pid!);
    const t0 = performance.now();
    let lastRssSample = t0;
    for (let k = 0; k < total; k++) {
      const due = t0 + k * intervalMs;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const run = k % SSE_RUNS;
      await db.query(`insert into lf_run_events (run_id, event_type, payload) values ($1, 'run.progress', $2)`, [runIds[run], JSON.stringify({ seq: k })]);
      inserted[run]++;
      if (performance.now() - lastRssSample >= 500) {
        rssMax = Math.max(rssMax, rssMiB(server.pid) ?? 0);
        lastRssSample = performance.now();
      }
    }
    const insertSeconds = (performance.now() - t0) / 1000;
    await sleep(1500);
    rssMax = Math.max(rssMax, rssMiB(server.pid) ?? 0);
    const serverCpu = (cpuSeconds(server.pid) - cpu0) / ((performance.now() - t0) / 1000);
    const clientCpu = (cpuSeconds(client.pid!) - clientCpu0) / ((performance.now() - t0) / 1000);
    log(`SSE: inserted ${total} events in ${insertSeconds.toFixed(1)} s; finishing the runs`);

    // A terminal event per run (committed with the run's terminal status), then every stream must end with done.
    await db.query('begin');
    for (const id of runIds) {
      await db.query(`insert into lf_run_events (run_id, event_type, payload) values ($1, 'run.succeeded', '{"status":"succeeded"}')`, [id]);
    }
    await db.query(`update lf_runs set status = 'succeeded', completed_at = now(), updated_at = now() where id = any($1::uuid[])`, [runIds]);
    await db.query('commit');
    const ended = await waitFor('ended', 120_000);
    if (!ended) warn('SSE: not every stream ended within 2 minutes of the terminal events');
    client.stdin!.write('report\n');
    const summary: SseSummary | undefined = await waitFor('summary', 60_000);
    if (!summary) throw new Error('the SSE client sent no summary');

    let complete = 0;
    let lost = 0;
    let repeated = 0;
    let withDone = 0;
    for (const [run, progress, dups, terminal, done] of summary.perStream) {
      lost += Math.max(0, inserted[run] - progress);
      repeated += dups;
      if (done) withDone++;
      if (progress === inserted[run] && dups === 0 && terminal && done) complete++;
    }
    extra.sse = {
      streams: summary.streams,
      connected: summary.connected,
      connectMs: connected.ms,
      failed: summary.failed,
      ended: summary.ended,
      eventsInserted: total,
      insertSeconds,
      deliveries: summary.delays.count,
      expectedDeliveries: total * SSE_PER_RUN,
      delays: summary.delays,
      complete,
      lost,
      repeated,
      withDone,
      errors: summary.errors,
      rssIdleMiB: rssIdle,
      rssConnectedMiB: rssConnected,
      rssMaxMiB: rssMax,
      serverCpu,
      clientCpu,
      clientRssMiB: summary.rssMiB,
    };
    log(`SSE: ${complete}/${summary.streams} streams complete; delay p50 ${summary.delays.p50} ms, p99 ${summary.delays.p99} ms; server RSS ${rssMax.toFixed(0)} MiB`);
    rows.push({ row: 'sse', op, rps: null, p50: summary.delays.p50, p99: summary.delays.p99, rssMiB: rssMax, vsRaw: null, vsFastify: null });
  } catch (err) {
    failedRow('sse', op, err);
  } finally {
    await db.end().catch(() => {});
    if (client) await stopProcess(client);
    if (server) await stopProcess(server.child);
    dropDatabase(dbName(url));
  }
}

// ---------------------------------------------------------------------------------------------- report

function ratios() {
  for (const r of rows) {
    if (r.rps === null || !Number.isFinite(r.rps)) continue;
    const raw = rows.find((x) => x.row === 'raw' && x.op === r.op)?.rps;
    const fastify = rows.find((x) => x.row === 'fastify' && x.op === r.op)?.rps;
    r.vsRaw = raw ? r.rps / raw : null;
    r.vsFastify = fastify ? r.rps / fastify : null;
  }
}

const round = (v: number | null, digits: number) => (v === null || !Number.isFinite(v) ? null : Number(v.toFixed(digits)));
const fmtInt = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : Math.round(v).toLocaleString('en-US'));
const fmt = (v: number | null, digits = 2) => (v === null || !Number.isFinite(v) ? '' : v.toFixed(digits));
const fmtX = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : `${v.toFixed(2)}×`);

function find(row: string, op: string) {
  return rows.find((r) => r.row === row && r.op === op);
}

/**
 * The median over rounds of a/b, each ratio taken within one round: rows measured minutes apart drift with
 * the machine (this VM moves ±15 % between minutes), rows measured in the same round much less.
 */
function pairedRatio(a: string, b: string, op: string, metric: 'rps' | 'p99'): number | null {
  const of = (row: string) => measuredAll.find((m) => m.row === row && m.op === op)?.samples ?? [];
  const other = new Map(of(b).map((s) => [s.round, s[metric]]));
  const ratios = of(a).flatMap((s) => (other.get(s.round) ? [s[metric] / other.get(s.round)!] : []));
  return ratios.length ? median(ratios) : null;
}

type Target = { target: string; measured: string; met: boolean | null; gap: string };
function targets(): Target[] {
  const out: Target[] = [];
  for (const op of ['GET /items/{id}', 'POST /items']) {
    const fw = find('framework', op);
    const fa = find('fastify', op);
    const r1 = pairedRatio('framework', 'fastify', op, 'rps');
    out.push({
      target: `framework ${op} ≥ 0.8× fastify req/s`,
      measured: r1 === null ? 'n/a' : `${r1.toFixed(2)}× (medians ${fmtInt(fw!.rps)} vs ${fmtInt(fa!.rps)})`,
      met: r1 === null ? null : r1 >= 0.8,
      gap: r1 === null || r1 >= 0.8 ? '' : `needs ${(0.8 / r1).toFixed(2)}× the req/s`,
    });
    const r2 = pairedRatio('framework', 'fastify', op, 'p99');
    out.push({
      target: `framework ${op} p99 ≤ 2× fastify's`,
      measured: r2 === null ? 'n/a' : `${r2.toFixed(2)}× (${fmt(fw!.p99)} vs ${fmt(fa!.p99)} ms)`,
      met: r2 === null ? null : r2 <= 2,
      gap: r2 === null || r2 <= 2 ? '' : `p99 ${(r2 / 2).toFixed(2)}× too high`,
    });
    const r3 = pairedRatio('framework', 'naive', op, 'rps');
    const fastifyOverNaive = pairedRatio('fastify', 'naive', op, 'rps');
    const rawOverNaive = pairedRatio('raw', 'naive', op, 'rps');
    const ceilings = [fastifyOverNaive === null ? '' : `fastify itself: ${fastifyOverNaive.toFixed(2)}×`, rawOverNaive === null ? '' : `raw node:http: ${rawOverNaive.toFixed(2)}×`].filter(Boolean);
    out.push({
      target: `framework ${op} ≥ 10× naive req/s`,
      measured: r3 === null ? 'n/a' : `${r3.toFixed(2)}×${ceilings.length ? ` (${ceilings.join(', ')})` : ''}`,
      met: r3 === null ? null : r3 >= 10,
      gap: r3 === null || r3 >= 10 ? '' : `needs ${(10 / r3).toFixed(2)}× the req/s`,
    });
    const r4 = pairedRatio('framework-github', 'framework', op, 'rps');
    out.push({
      target: `framework-github ${op} ≥ 0.9× framework req/s`,
      measured: r4 === null ? 'n/a' : `${r4.toFixed(2)}×`,
      met: r4 === null ? null : r4 >= 0.9,
      gap: r4 === null || r4 >= 0.9 ? '' : `needs ${(0.9 / r4).toFixed(2)}× the req/s`,
    });
  }
  const sg = find('startup', "GitHub's spec + bench API (framework.ts)")?.p50 ?? null;
  out.push({ target: "start-up with GitHub's spec < 2 s", measured: sg === null ? 'n/a' : `${Math.round(sg)} ms`, met: sg === null ? null : sg < 2000, gap: sg === null || sg < 2000 ? '' : `${(sg / 2000).toFixed(2)}× over` });
  for (const op of ['all five specs, framework only (framework.ts, no database)', 'all five specs, PGlite (existing DATA_DIR)', 'all five specs, PGlite (fresh DATA_DIR)']) {
    const ms = find('startup', op)?.p50 ?? null;
    out.push({ target: `start-up with ${op} < 1 s`, measured: ms === null ? 'n/a' : `${Math.round(ms)} ms`, met: ms === null ? null : ms < 1000, gap: ms === null || ms < 1000 ? '' : `${(ms / 1000).toFixed(2)}× over` });
  }
  const s5pg = find('startup', 'all five specs, Postgres (fresh DB)')?.p50 ?? null;
  if (s5pg !== null) out.push({ target: 'start-up with all five specs < 1 s (Postgres, fresh DB; for reference)', measured: `${Math.round(s5pg)} ms`, met: s5pg < 1000, gap: s5pg < 1000 ? '' : `${(s5pg / 1000).toFixed(2)}× over` });
  const rdb = pairedRatio('framework-db', 'pg-handwritten', 'GET /runs/{id}', 'rps');
  out.push({ target: 'framework-db ≥ 0.8× pg-handwritten req/s', measured: rdb === null ? 'n/a' : `${rdb.toFixed(2)}×`, met: rdb === null ? null : rdb >= 0.8, gap: rdb === null || rdb >= 0.8 ? '' : `needs ${(0.8 / rdb).toFixed(2)}× the req/s` });
  const sse = rows.find((r) => r.row === 'sse');
  const rss = sse?.rssMiB ?? null;
  out.push({ target: 'SSE: 10,000 streams, server RSS < 1 GiB', measured: rss === null ? 'n/a' : `${rss.toFixed(0)} MiB`, met: rss === null ? null : rss < 1024, gap: rss === null || rss < 1024 ? '' : `${(rss / 1024).toFixed(2)}× over` });
  const p99 = sse?.p99 ?? null;
  out.push({ target: 'SSE: p99 delivery < 200 ms', measured: p99 === null ? 'n/a' : `${p99.toFixed(0)} ms`, met: p99 === null ? null : p99 < 200, gap: p99 === null || p99 < 200 ? '' : `${(p99 / 200).toFixed(2)}× over` });
  return out;
}

function render(startedAt: Date): string {
  const lines: string[] = [];
  lines.push('| row | op | req/s | p50 ms | p99 ms | RSS MiB | ×raw | ×fastify |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const isMs = r.row === 'startup';
    lines.push(`| ${r.row} | ${r.op} | ${fmtInt(r.rps)} | ${isMs ? fmtInt(r.p50) : fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.rssMiB, 1)} | ${fmtX(r.vsRaw)} | ${fmtX(r.vsFastify)} |`);
  }
  const cpuModel = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const nproc = execFileSync('nproc').toString().trim();
  const wrkVersion = (() => {
    try {
      return execFileSync('wrk', ['-v'], { stdio: ['ignore', 'pipe', 'pipe'] }).toString().split('\n')[0];
    } catch (err) {
      return ((err as { stdout?: Buffer }).stdout?.toString() ?? '').split('\n')[0] || 'wrk';
    }
  })();
  lines.push('');
  lines.push('## Notes');
  lines.push('');
  lines.push(
    `- Machine: ${nproc} cores (\`nproc\`), ${cpuModel}; Node ${process.version}; ${wrkVersion.trim()}; run started ${startedAt.toISOString()}, finished ${new Date().toISOString()}.`,
  );
  lines.push(
    `- BENCH_SECONDS=${SECONDS} per measurement, warm-up ${WARMUP} s per row and op, ${ROUNDS} interleaved rounds (row order rotated each round), medians shown. Servers pinned to core ${SERVER_CPU}, wrk (\`-t1 -c${CONNECTIONS}\`, \`bench/wrk/request.lua\`) to core ${CLIENT_CPU}. RSS is the server's VmRSS right after each of its measurements (median). Every server runs with NODE_ENV=production (the framework: no response validation).`,
  );
  lines.push(
    "- Same checks everywhere: each server is smoke-tested before it is measured (200/201 shapes, 400 for a bad uuid, for `\"price\":\"5\"`, `\"name\":123`, an extra property and malformed JSON, 401 without the key). fastify: its ajv runs with `coerceTypes: false` and `removeAdditional: false` (fastify's defaults are `coerceTypes: 'array'`, which turns `\"5\"` into 5, and `removeAdditional: true`, which strips unknown properties instead of rejecting them), and its `text/plain` parser is removed so non-JSON bodies get 415 as in the framework; ajv-formats stays on. naive: express 5 + `express.json()` + openapi-backend 5 as its README wires it (validationFail → 400, a registered apiKey security handler + unauthorizedHandler → 401, ajv-formats via customizeAjv); the YAML's `info.license.identifier` is dropped before it is handed over, because openapi-backend's 3.0 definition check refuses that 3.1 field.",
  );
  lines.push(
    '- `framework` is `bench/servers/framework.ts` (the bench spec mounted through the plug-in path at /bench); `framework-github` the same process with `@octokit/openapi@23.0.2` `api.github.com.json` mounted beside it at /github. `framework-db` is `src/main.ts` on a fresh Postgres database, measured on GET /lenserfight/v1/runs/{id} of one prepared (succeeded) run with 2 artifacts, against `pg-handwritten` (node:http + pg Pool of 10 + jose HS256, the same two queries and envelope); both get the same JWT_SECRET and token. Postgres itself is not pinned and shares both cores.',
  );
  lines.push('- startup: process start (spawn of `taskset … node dist/….mjs`, the ahead-of-time bundle `npm start` runs, built by `npm run build` before the run) to the first 200, polled every 10 ms; median of 3 in the p50 column, RSS at that moment.');
  if (extra.startup) lines.push(`- startup samples (ms): ${Object.entries(extra.startup as Record<string, number[]>).map(([k, v]) => `${k}: ${v.map((x) => Math.round(x)).join(', ')}`).join('; ')}.`);
  if (extra.sse) {
    const s = extra.sse as Record<string, any>;
    lines.push(
      `- sse: \`src/main.ts\` on a fresh Postgres database (SSE_POLL_MS default 200), ${s.streams} streams over ${SSE_RUNS} runs inserted as \`running\`, opened by \`bench/sse-client.ts\` (node:http, pinned to core ${CLIENT_CPU}) in ${(s.connectMs / 1000).toFixed(1)} s (${s.failed} failed). Then ${s.eventsInserted} \`run.progress\` events inserted into lf_run_events (1 per run per second, evenly spread, over ${s.insertSeconds.toFixed(1)} s); delay = arrival at the client − the event's occurredAt: p50 ${fmt(s.delays.p50, 0)} ms, p90 ${fmt(s.delays.p90, 0)} ms, p99 ${fmt(s.delays.p99, 0)} ms, max ${fmt(s.delays.max, 0)} ms over ${s.deliveries} deliveries (expected ${s.expectedDeliveries}). Then \`run.succeeded\` per run: ${s.complete} of ${s.streams} streams got every event once, the terminal event and \`done\`; ${s.lost} events lost, ${s.repeated} repeated, ${s.withDone} streams ended with done. Server RSS: ${fmt(s.rssIdleMiB, 0)} MiB before the streams, ${fmt(s.rssConnectedMiB, 0)} MiB with all open, max ${fmt(s.rssMaxMiB, 0)} MiB during the events (the table's value); CPU during the event phase: server ${(s.serverCpu * 100).toFixed(0)} %, client ${(s.clientCpu * 100).toFixed(0)} %.${Object.keys(s.errors).length ? ` Stream errors: ${JSON.stringify(s.errors)}.` : ''}`,
    );
  }
  lines.push('');
  lines.push('### CPU per measurement (medians) and the rounds');
  lines.push('');
  lines.push(
    `Server CPU is the server process's own user+system time over the measurement; core ${SERVER_CPU} busy is the whole core from /proc/stat (the server plus the kernel's loopback work charged to it, Postgres, anything else on the machine). A server near 100 % is CPU-bound; wrk near 100 % would mean the load generator set the pace.`,
  );
  lines.push('');
  lines.push(`| row | op | server CPU | core ${SERVER_CPU} busy | wrk CPU | core ${CLIENT_CPU} busy | postgres CPU | req/s per round | errors |`);
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  lines.push(...cpuNotes);
  lines.push('');
  lines.push('### Targets (issue 3)');
  lines.push('');
  lines.push('Ratios between rows are paired: taken within each round, where both rows ran minutes apart at most, and the median over rounds is shown (the table above divides medians of different rounds).');
  lines.push('');
  lines.push('| target | measured | met | gap |');
  lines.push('| --- | --- | --- | --- |');
  for (const t of targets()) lines.push(`| ${t.target} | ${t.measured} | ${t.met === null ? 'n/a' : t.met ? 'met' : 'not met'} | ${t.gap} |`);
  if (notes.length) {
    lines.push('');
    lines.push('### Warnings');
    lines.push('');
    for (const n of notes) lines.push(`- ${n}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------- main

const startedAt = new Date();
log(`BENCH_SECONDS=${SECONDS} (warm-up ${WARMUP} s), ${ROUNDS} rounds, phases: ${[...PHASES].join(', ')}`);
try {
  if (PHASES.has('http')) await httpPhase();
  if (PHASES.has('db')) await dbPhase();
  if (PHASES.has('startup')) await startupPhase();
  if (PHASES.has('sse')) await ssePhase();
} finally {
  await cleanup();
}
ratios();
const table = render(startedAt);
const json = rows.map((r) => ({
  row: r.row,
  op: r.op,
  rps: round(r.rps, 1),
  p50: round(r.p50, 3),
  p99: round(r.p99, 3),
  rssMiB: round(r.rssMiB, 1),
  vsRaw: round(r.vsRaw, 3),
  vsFastify: round(r.vsFastify, 3),
}));
const header = `# Benchmark results\n\n\`npm run bench\`, ${startedAt.toISOString().slice(0, 10)}.\n\n`;
writeFileSync(join(RESULTS, 'latest.md'), `${header}${table}\n`);
writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
process.stdout.write(`\n${table}\n\nwritten: bench/results/latest.md, bench/results/latest.json\n`);
