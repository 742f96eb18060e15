import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './generate/paths.js';
import { loadConfig } from '../src/config.js';
import { createServer } from '../src/server.js';
import { embeddedTemplateOfAllApis } from './embedded-template.js';

// Runs every test/**/*.test.ts with node's test runner, then the contract coverage check over what they exercised.
function findTests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [relative(repoRoot, path)] : [];
  });
}

function runNodeTests(files: string[], env: NodeJS.ProcessEnv): number {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

const filter = process.argv.slice(2);
const all = findTests(join(repoRoot, 'test')).sort();
const coverageCheck = all.filter((f) => f.endsWith('contract-coverage.test.ts'));
const behaviour = all.filter((f) => !coverageCheck.includes(f) && (filter.length === 0 || filter.some((x) => f.includes(x))));

// On a shared Postgres, install everything once up front (migrations, the queue's schema, the demo data) so
// parallel test files do not race each other's installers into lock timeouts and deadlocks.
if (process.env.DATABASE_URL) {
  const server = await createServer({ config: loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' }), persistent: false });
  await server.close();
}

// On the embedded database, every test server starts from one dump with the migrations applied, not from initdb.
const template = process.env.DATABASE_URL ? undefined : await embeddedTemplateOfAllApis();

const coverageDir = mkdtempSync(join(tmpdir(), 'contract-coverage-'));
const env = { ...process.env, NODE_ENV: 'test', CONTRACT_COVERAGE_DIR: coverageDir, ...(template ? { TEST_EMBEDDED_TEMPLATE: template } : {}) };
let status = runNodeTests(behaviour, env);
if (filter.length === 0) status = runNodeTests(coverageCheck, env) || status;
rmSync(coverageDir, { recursive: true, force: true });
process.exit(status);
