// The SSE row: SSE_RUNS × SSE_PER_RUN streams on src/main.ts, fed with run events inserted into Postgres at a
// steady rate, then checked for lost, repeated and late events.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { children, log, persistBookkeeping, warn } from '../lib/bookkeeping.js';
import { createDatabase, dbName, dropDatabase, signToken } from '../lib/databases.js';
import { cpuSeconds, rssMiB, startServer, stopProcess, type Server } from '../lib/processes.js';
import { extra, failedRow, rows } from '../lib/rows.js';
import { CLIENT_CPU, LENS_ID, LOGS, productionSecrets, ROOT, SECONDS, SSE_PER_RUN, SSE_RUNS, TSX } from '../lib/settings.js';

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

export async function ssePhase() {
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
    ...productionSecrets(),
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
