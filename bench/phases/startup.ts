// The start-up rows: process start to the first 200 for the bundled app and the bench framework server.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { log } from '../lib/bookkeeping.js';
import { createDatabase, dbName, dropDatabase } from '../lib/databases.js';
import { median } from '../lib/measure.js';
import { rssMiB, startProcess, stopProcess, takePort, waitForStatus } from '../lib/processes.js';
import { extra, failedRow, rows } from '../lib/rows.js';
import { GITHUB_SPEC, HOST, ITEM_ID, ROOT, SERVER_CPU, STARTUP_RUNS, TSX } from '../lib/settings.js';

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
export async function startupPhase() {
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
        const port = takePort();
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
