import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from '../../src/paths.js';

const run = promisify(execFile);

// `npm run orchestrator:user -- create ...` on the database the server would use (here a fresh embedded one, or
// DATABASE_URL when the suite runs on Postgres).
test('orchestrator:user create provisions an account; a second one with the same e-mail is refused', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'orchestrator-user-'));
  const email = `cli-${process.pid}-${Date.now()}@example.com`;
  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  const args = ['tsx', 'src/apis/orchestrator/user-command.ts', 'create', '--email', email, '--password', 'cli-password-1', '--tier', 'pro'];
  try {
    const { stdout } = await run('npx', args, { cwd: repoRoot, env });
    const user = JSON.parse(stdout.trim().split('\n').at(-1)!);
    assert.deepEqual([user.email, user.subscription_tier], [email, 'pro']);
    await assert.rejects(run('npx', args, { cwd: repoRoot, env }), /already exists/);
    await assert.rejects(run('npx', ['tsx', 'src/apis/orchestrator/user-command.ts', 'create', '--email', email], { cwd: repoRoot, env }), /usage/);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
