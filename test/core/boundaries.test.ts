import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../../src/paths.js';

// The core knows no API. These are checked on the import graph itself, so a new file cannot slip past.
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Project-relative paths of the files a file imports (relative specifiers only; packages are not the project). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2])
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(repoRoot, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'));
}

const API_WORLD = ['src/apis/', 'src/handlers/', 'src/services/', 'generated/'];

describe('module boundaries', () => {
  for (const layer of ['src/core', 'src/db', 'src/queue']) {
    test(`${layer} imports nothing of any API (its module, handlers, services or generated code)`, () => {
      const offences = sourceFiles(join(repoRoot, layer)).flatMap((file) =>
        importsOf(file)
          .filter((target) => API_WORLD.some((prefix) => target.startsWith(prefix)))
          .map((target) => `${relative(repoRoot, file)} -> ${target}`),
      );
      assert.deepEqual(offences, []);
    });
  }

  test('src/server.ts reaches the APIs only through the module list and the shared dependencies', () => {
    const allowed = new Set(['src/apis/index.ts', 'src/apis/shared-deps.ts']);
    const offences = importsOf(join(repoRoot, 'src/server.ts')).filter((t) => API_WORLD.some((p) => t.startsWith(p)) && !allowed.has(t));
    assert.deepEqual(offences, []);
  });

  test('the check sees an offending import when there is one', () => {
    const imports = importsOf(join(repoRoot, 'src/apis/lenserfight/module.ts'));
    assert.ok(imports.includes('src/services/lenserfight/demo-seed.ts'), imports.join(', '));
  });
});
