import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './generate/paths.js';
import { loadConfig } from '../src/config.js';
import { createServer } from '../src/server.js';
import { embeddedTemplateOfAllApis } from './embedded-template.js';
import { crashedFilesOnly, failureReports } from './tap-failures.js';

// Runs every test/**/*.test.ts with node's test runner, then the contract coverage check over what they exercised.
function findTests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [relative(repoRoot, path)] : [];
  });
}

// The spec reporter goes to the terminal; a TAP copy is kept so that, when a run fails, what each failure printed
// (a test file that died has only its exit code and stderr to show) is repeated at the end, where CI logs are read.
function runNodeTests(files: string[], env: NodeJS.ProcessEnv, tapFile: string): number {
  const status = spawnTests(files, env, tapFile);
  if (status === 0) return 0;
  printFailures(tapFile);
  return rerunCrashed(env, tapFile) ?? status;
}

function spawnTests(files: string[], env: NodeJS.ProcessEnv, tapFile: string): number {
  const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`];
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...reporters, ...files], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

/**
 * V8 in Node 22 and 24 now and then aborts a process that creates and frees many PGlite WebAssembly instances
 * (`Check failed: jit_page.has_value()` and kin, nodejs/node#64500; no Node release fixes it yet). When every
 * failure of a run is a test file dying of such a signal, those files run once more, and their second run
 * decides; any other failure is never rerun. The status of the rerun, or undefined when there is nothing to rerun.
 */
function rerunCrashed(env: NodeJS.ProcessEnv, tapFile: string): number | undefined {
  const crashed = crashedFilesOnly(readFileSync(tapFile, 'utf8'));
  if (!crashed || crashed.length === 0) return undefined;
  console.log(`\n=== ${crashed.length} test file(s) died of a runtime crash, not a failed test; running them once more: ${crashed.join(', ')} ===`);
  const status = spawnTests(crashed, env, `${tapFile}.rerun`);
  if (status !== 0) printFailures(`${tapFile}.rerun`);
  return status;
}

function printFailures(tapFile: string): void {
  const failures = failureReports(readFileSync(tapFile, 'utf8'));
  if (failures.length === 0) return;
  console.log(`\n=== what the ${failures.length} failure(s) printed (from the TAP report) ===`);
  for (const failure of failures) console.log(`${failure}\n`);
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
// Not in coverageDir: the coverage check reads every file there as a test's record.
const reportDir = mkdtempSync(join(tmpdir(), 'test-report-'));
let status = runNodeTests(behaviour, env, join(reportDir, 'behaviour.tap'));
if (filter.length === 0) status = runNodeTests(coverageCheck, env, join(reportDir, 'coverage.tap')) || status;
rmSync(coverageDir, { recursive: true, force: true });
rmSync(reportDir, { recursive: true, force: true });
process.exit(status);
