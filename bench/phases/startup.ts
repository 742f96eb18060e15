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
import { GITHUB_SPEC, HOST, ITEM_ID, productionSecrets, ROOT, SERVER_CPU, STARTUP_RUNS, TSX } from '../lib/settings.js';

type Launch = { env: NodeJS.ProcessEnv; args: string[]; probe: (base: string) => { url: string; headers?: Record<string, string>; status?: number }; done: () => void };

/** This process's environment in production mode, with no DATABASE_URL unless `extra` names one. */
function productionEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...productionSecrets() };
  delete env.DATABASE_URL;
  return { ...env, ...extra };
}

/**
 * The `npm start` bundle, started as npm start starts it, ready when LenserFight's health answers. It compiles with
 * the code cache a previous start of the same bundle wrote (src/code-cache.ts): the phase's warm-up start writes it.
 */
const mainBundle = (env: NodeJS.ProcessEnv, done: () => void = () => {}): Launch => ({
  env,
  args: ['dist/main.cjs'],
  probe: (base) => ({ url: `${base}/lenserfight/health` }),
  done,
});

let warmDir: string | undefined;
/**
 * A data directory as the first `npm start` leaves it (the template's files, the seeds, the queues its modules
 * create), made by starting the bundle on it once, untimed: the rows on an existing directory time the starts after.
 * That start also leaves the bundle's code cache, as a first start after a build does.
 */
async function warmDataDir(): Promise<string> {
  if (warmDir) return warmDir;
  const dir = mkdtempSync(join(tmpdir(), 'bench-warm-'));
  const { env, args, probe } = mainBundle(productionEnv({ DATA_DIR: dir }));
  const port = takePort();
  const child = startProcess('startup-warm', args, { ...env, PORT: String(port) }, SERVER_CPU);
  try {
    await waitForStatus(child, 'startup-warm', probe(`http://${HOST}:${port}`).url, {}, performance.now(), 120_000);
  } finally {
    await stopProcess(child);
  }
  warmDir = dir;
  return dir;
}

/** bench/servers/framework.ts bundled: the framework without a database, ready when the bench API answers. */
const frameworkBundle = (extra: NodeJS.ProcessEnv): Launch => ({
  env: productionEnv(extra),
  args: ['dist/bench-framework.mjs'],
  probe: (base) => ({ url: `${base}/bench/items/${ITEM_ID}`, headers: { 'X-Api-Key': 'bench-key' } }),
  done: () => {},
});

let githubDir: string | undefined;
/**
 * GitHub's spec through `npm run generate -- --spec` into a scratch directory (types, zod, React Query client,
 * server stub, 1,223 scaffolds), timed once: it takes tens of seconds. Its row is the wall time in p50.
 */
function generateGithub(): string {
  if (githubDir) return githubDir;
  const dir = mkdtempSync(join(tmpdir(), 'bench-github-generated-'));
  const t0 = performance.now();
  execFileSync('taskset', ['-c', SERVER_CPU, process.execPath, ...TSX, 'scripts/generate.ts', '--spec', GITHUB_SPEC, '--out', dir], { cwd: ROOT, stdio: 'ignore' });
  const ms = performance.now() - t0;
  log(`startup GitHub's spec generated in ${Math.round(ms)} ms`);
  rows.push({ row: 'startup', op: "GitHub's spec: npm run generate -- --spec (scratch dir)", rps: null, p50: ms, p99: null, rssMiB: null, vsRaw: null, vsFastify: null });
  githubDir = dir;
  return dir;
}

/** The generated GitHub directory served by serve-spec (tsx, scaffolds only): ready when `GET /` (meta/root) answers its 501. */
const generatedGithub = (): Launch => ({
  env: productionEnv({}),
  args: [...TSX, 'scripts/third-party/serve.ts', '--dir', generateGithub()],
  probe: (base) => ({ url: `${base}/`, status: 501 }),
  done: () => {},
});

/** Process start to first 200 (or the probe's status), STARTUP_RUNS times; the median goes in p50, the RSS at that moment in RSS. */
export async function startupPhase() {
  await warmDataDir();
  const cases: { op: string; prepare: () => Launch | Promise<Launch> }[] = [
    {
      op: 'all five specs, PGlite (fresh DATA_DIR)',
      prepare: () => {
        const dir = mkdtempSync(join(tmpdir(), 'bench-data-'));
        return mainBundle(productionEnv({ DATA_DIR: dir }), () => rmSync(dir, { recursive: true, force: true }));
      },
    },
    {
      op: 'all five specs, Postgres (fresh DB)',
      prepare: () => {
        const url = createDatabase();
        return mainBundle(productionEnv({ DATABASE_URL: url, JWT_SECRET: randomBytes(32).toString('hex') }), () => dropDatabase(dbName(url)));
      },
    },
    { op: 'all five specs, framework only (framework.ts, no database)', prepare: () => frameworkBundle({ BENCH_FIVE_SPECS: '1' }) },
    { op: 'all five specs, PGlite (existing DATA_DIR)', prepare: async () => mainBundle(productionEnv({ DATA_DIR: await warmDataDir() })) },
    // The same without the code cache: what the first start after a build (or with CODE_CACHE=off) takes.
    {
      op: 'all five specs, PGlite (existing DATA_DIR), no code cache',
      prepare: async () => mainBundle(productionEnv({ DATA_DIR: await warmDataDir(), CODE_CACHE: 'off' })),
    },
    { op: "GitHub's spec + bench API (framework.ts)", prepare: () => frameworkBundle({ BENCH_GITHUB_SPEC: GITHUB_SPEC }) },
    { op: "GitHub's spec generated, every operation a 501 scaffold (serve-spec --dir, tsx)", prepare: generatedGithub },
  ];
  const startup: Record<string, number[]> = {};
  for (const c of cases) {
    const times: number[] = [];
    const rss: number[] = [];
    try {
      for (let i = 0; i < STARTUP_RUNS; i++) {
        const { env, args, probe, done } = await c.prepare();
        const port = takePort();
        const base = `http://${HOST}:${port}`;
        const { url, headers = {}, status = 200 } = probe(base);
        // Each start on a settled file system: without this, the kernel was still writing back (and freeing) the
        // previous run's files (a fresh directory's template, removed a moment before) while the next start
        // was timed; that added ~80 ms to a fresh-directory start, and no real first start follows an rm -rf.
        execFileSync('sync');
        const t0 = performance.now();
        const child = startProcess(`startup`, args, { ...env, PORT: String(port) }, SERVER_CPU);
        try {
          const ms = await waitForStatus(child, 'startup', url, headers, t0, 120_000, 10, status);
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
  if (githubDir) rmSync(githubDir, { recursive: true, force: true });
}
