import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, test } from 'node:test';
import { repoRoot } from '../../src/paths.js';
import { waitFor } from '../support/wait.js';

type LogEntry = { msg?: string; port?: number; level?: number; codeCache?: string };
type Started = { child: ChildProcess; port: number; entries: LogEntry[] };

// `npm start` runs the esbuild bundle, not the TypeScript: its migrations are compiled into dist/ separately,
// so the bundle is started here as users start it.
const dataDir = mkdtempSync(join(tmpdir(), 'bundle-start-'));
before(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: repoRoot, stdio: 'inherit' }));
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** `node dist/main.cjs` on the test's data directory, once LenserFight's health answers. */
async function startBundle(): Promise<Started> {
  // PORT=0 and the port read from the log: a fixed one could be a port another test's server had just been given,
  // whose health check then answered for this one.
  const child = spawn(process.execPath, ['dist/main.cjs'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const entries: LogEntry[] = [];
  let port: number | undefined;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    let entry: LogEntry;
    try {
      entry = JSON.parse(line);
    } catch {
      return;
    }
    entries.push(entry);
    if (entry.msg?.startsWith('listening on')) port = entry.port;
    if ((entry.level ?? 0) >= 40) process.stderr.write(`${line}\n`);
  });
  const health = await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`the bundled server exited with ${child.exitCode}`);
    if (port === undefined) return undefined;
    const res = await fetch(`http://127.0.0.1:${port}/lenserfight/health`).catch(() => undefined);
    return res?.ok && ((await res.json()) as { status: string });
  }, 60_000);
  assert.equal(health.status, 'ok');
  return { child, port: port!, entries };
}

async function stop({ child }: Started): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

test('the bundled server (npm start) migrates, seeds and serves, the dashboard included', async () => {
  const server = await startBundle();
  try {
    // The build step built the dashboard too; a client route gets its page.
    const app = await fetch(`http://127.0.0.1:${server.port}/app/lightning`);
    assert.equal(app.status, 200);
    const page = await app.text();
    assert.match(page, /<div id="root"><\/div>/);
    const script = page.match(/src="(\/app\/assets\/index-[\w-]+\.js)"/)?.[1];
    assert.ok(script, page);
    assert.equal((await fetch(`http://127.0.0.1:${server.port}${script}`)).status, 200);
  } finally {
    await stop(server);
  }
});

test('a start after the first compiles the bundle from the code cache the first one wrote', async () => {
  const codeCacheOf = (entries: LogEntry[]) => waitFor(async () => entries.find((e) => e.codeCache)?.codeCache, 10_000);
  const first = await startBundle();
  await codeCacheOf(first.entries).finally(() => stop(first));
  const second = await startBundle();
  try {
    assert.equal(await codeCacheOf(second.entries), 'used');
  } finally {
    await stop(second);
  }
});

test('a start that fails exits 1 with the error, its stack naming the TypeScript sources', () => {
  const result = spawnSync(process.execPath, ['dist/main.cjs'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HYBRID_RATE_LIMIT_PER_MINUTE: 'lots' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /HYBRID_RATE_LIMIT_PER_MINUTE must be a whole number/);
  assert.match(result.stderr, /at envInt \(.*src[\\/]core[\\/]env-int\.ts:\d+:\d+\)/);
});
