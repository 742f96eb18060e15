import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { repoRoot } from '../../scripts/generate/paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'generate-staging-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const out = join(scratch, 'api');
const generated = join(out, 'generated');

function generate(spec: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', '--spec', spec, '--out', out], { cwd: repoRoot, encoding: 'utf8' });
}

const snapshot = () => Object.fromEntries(readdirSync(generated).map((f) => [f, createHash('sha1').update(readFileSync(join(generated, f))).digest('hex')]));
const leftovers = () => readdirSync(out).filter((d) => d.startsWith('.gen-'));

describe('npm run generate writes an API\'s generated folder in place of the old one only once it is complete', () => {
  const petstore = 'test/fixtures/petstore/petstore-3.1.yaml';

  test('a second run rewrites no file whose content is the same, and removes a file it no longer makes', () => {
    assert.equal(generate(petstore).status, 0);
    const before = statSync(join(generated, 'types.ts')).mtimeMs;
    writeFileSync(join(generated, 'gone.ts'), 'export {};\n');
    const run = generate(petstore);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(statSync(join(generated, 'types.ts')).mtimeMs, before);
    assert.equal(existsSync(join(generated, 'gone.ts')), false);
    assert.deepEqual(leftovers(), []);
  });

  test('a run that fails leaves the generated folder as it was, and no staging folder behind', () => {
    const before = snapshot();
    const broken = join(scratch, 'broken.yaml');
    // Two operations with one operationId: refused after the spec is read.
    writeFileSync(broken, readFileSync(join(repoRoot, petstore), 'utf8').replace(/operationId: \w+/g, 'operationId: same'));
    const run = generate(broken);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /operationIds must be unique/);
    assert.deepEqual(snapshot(), before);
    assert.deepEqual(leftovers(), []);
  });
});
