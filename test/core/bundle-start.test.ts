import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../src/paths.js';
import { waitFor } from '../support/wait.js';

// `npm start` runs the esbuild bundle, not the TypeScript: its migrations are compiled into dist/ separately,
// so the bundle is started here as users start it.
test('the bundled server (npm start) migrates, seeds and serves, the dashboard included', async () => {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: repoRoot, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'bundle-start-'));
  const port = 20_000 + (process.pid % 20_000);
  const child = spawn(process.execPath, ['dist/main.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const health = await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`the bundled server exited with ${child.exitCode}`);
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
