import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { crashedFilesOnly, failureReports } from '../../scripts/tap-failures.js';

const scratch = mkdtempSync(join(tmpdir(), 'tap-failures-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The TAP report node:test writes for these files, run as run-tests.ts runs them (a process per file). */
function tapOf(files: Record<string, string>): string {
  const paths = Object.entries(files).map(([name, source]) => {
    const path = join(scratch, name);
    writeFileSync(path, source);
    return path;
  });
  const tap = join(scratch, `${Object.keys(files).join('-')}.tap`);
  // Without NODE_TEST_CONTEXT, which would make the child report to this test run instead of to its own reporter.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  spawnSync(process.execPath, ['--test', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...paths], { cwd: scratch, env });
  return readFileSync(tap, 'utf8');
}

describe('npm test repeats what each failure printed at the end of a failed run', () => {
  test('a test file that dies mid-test: its stderr and exit code, not the tests that passed', () => {
    const reports = failureReports(
      tapOf({
        'dies.test.mjs': `import { test } from 'node:test';\ntest('passes', () => {});\ntest('dies', async () => { console.error('the reason it died'); process.exit(7); });\n`,
        'fine.test.mjs': `import { test } from 'node:test';\ntest('fine', () => {});\n`,
      }),
    );
    assert.equal(reports.length, 1, reports.join('\n---\n'));
    assert.match(reports[0], /the reason it died/);
    assert.match(reports[0], /exitCode: 7/);
    assert.match(reports[0], /dies\.test\.mjs/);
    assert.doesNotMatch(reports[0], /fine/);
  });

  test('a failing test inside a suite is listed once, with its assertion, not again as its failed suite', () => {
    const reports = failureReports(
      tapOf({ 'suite.test.mjs': `import { describe, test } from 'node:test';\nimport assert from 'node:assert/strict';\ndescribe('outer', () => { test('inner', () => assert.equal(1, 2)); test('other', () => {}); });\n` }),
    );
    assert.equal(reports.length, 1, reports.join('\n---\n'));
    assert.match(reports[0], /not ok \d+ - inner/);
    assert.match(reports[0], /strictly equal/);
  });

  test('a run that passed has nothing to repeat', () => {
    assert.deepEqual(failureReports(tapOf({ 'ok.test.mjs': `import { test } from 'node:test';\ntest('ok', () => {});\n` })), []);
  });
});

describe('npm test runs once more only the test files that died of a runtime crash', () => {
  const crashes = `import { test } from 'node:test';\ntest('crashes', () => process.kill(process.pid, 'SIGTRAP'));\n`;

  test('files killed by a crash signal, when they are all the failures, are named for a rerun', () => {
    const tap = tapOf({ 'crash.test.mjs': crashes, 'fine2.test.mjs': `import { test } from 'node:test';\ntest('fine', () => {});\n` });
    assert.deepEqual(crashedFilesOnly(tap), [join(scratch, 'crash.test.mjs')]);
  });

  test('a failed assertion or an exit code beside a crash: nothing is rerun', () => {
    const failing = `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\ntest('fails', () => assert.equal(1, 2));\n`;
    assert.equal(crashedFilesOnly(tapOf({ 'crash2.test.mjs': crashes, 'fails.test.mjs': failing })), undefined);
    const exits = `import { test } from 'node:test';\ntest('exits', () => process.exit(3));\n`;
    assert.equal(crashedFilesOnly(tapOf({ 'exits.test.mjs': exits })), undefined);
  });

  test('a run that passed names nothing', () => {
    assert.deepEqual(crashedFilesOnly(tapOf({ 'ok2.test.mjs': `import { test } from 'node:test';\ntest('ok', () => {});\n` })), []);
  });
});
