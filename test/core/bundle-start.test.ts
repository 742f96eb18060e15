import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { repoRoot } from '../../src/paths.js';
import { waitFor } from '../support/wait.js';

// `npm start` runs the esbuild bundle, not the TypeScript: its migrations are compiled into dist/ separately,
// so the bundle is started here as users start it.
test('the bundled server (npm start) migrates, seeds and serves, the dashboard included', async () => {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: repoRoot, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'bundle-start-'));
  // PORT=0 and the port read from the log: a fixed one could be a port another test's server had just been given,
  // whose health check then answered for this one.
  const child = spawn(process.execPath, ['dist/main.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  let port: number | undefined;
  lines.on('line', (line) => {
    let entry: { msg?: string; port?: number; level?: number };
    try {
      entry = JSON.parse(line);
    } catch {
      return;
    }
    if (entry.msg?.startsWith('listening on')) port = entry.port;
    if ((entry.level ?? 0) >= 40) process.stderr.write(`${line}\n`);
  });
  try {
    const health = await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`the bundled server exited with ${child.exitCode}`);
      if (port === undefined) return undefined;
      const res = await fetch(`http://127.0.0.1:${port}/lenserfight/health`).catch(() => undefined);
      return res?.ok && ((await res.json()) as { status: string });
    }, 60_000);
    assert.equal(health.status, 'ok');
    // The build step built the dashboard too; a client route gets its page.
    const app = await fetch(`http://127.0.0.1:${port}/app/lightning`);
    assert.equal(app.status, 200);
    const page = await app.text();
    assert.match(page, /<div id="root"><\/div>/);
    const script = page.match(/src="(\/app\/assets\/index-[\w-]+\.js)"/)?.[1];
    assert.ok(script, page);
    assert.equal((await fetch(`http://127.0.0.1:${port}${script}`)).status, 200);
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
