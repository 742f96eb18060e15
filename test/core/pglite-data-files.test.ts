import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { build } from 'esbuild';
import { pgliteForBundle } from '../../scripts/bundle-start-up.js';
import { createDataFile, type DataFileModule } from '../../src/db/pglite-data-files.js';
import { repoRoot } from '../../src/paths.js';

type Fs = {
  mkdirTree(path: string): void;
  stat(path: string): { mode: number; size: number };
  readFile(path: string): Uint8Array;
  readdir(path: string): string[];
  writeFile(path: string, data: Uint8Array): void;
};

let db: PGlite;
let mod: DataFileModule & { FS: Fs };
before(async () => {
  db = await PGlite.create();
  mod = db.Module as unknown as DataFileModule & { FS: Fs };
});
after(() => db.close());

test("createDataFile makes the file Emscripten's createDataFile makes: mode, size, bytes, directory entry", () => {
  mod.FS.mkdirTree('/probe/emscripten');
  mod.FS.mkdirTree('/probe/fast');
  const bytes = new TextEncoder().encode('Europe/Paris\n');
  mod.FS_createDataFile('/probe/emscripten/zone', null, bytes, true, true, true);
  createDataFile(mod, '/probe/fast/zone', bytes);
  const [made, expected] = [mod.FS.stat('/probe/fast/zone'), mod.FS.stat('/probe/emscripten/zone')];
  assert.equal(made.mode, expected.mode);
  assert.equal(made.size, expected.size);
  assert.deepEqual(mod.FS.readFile('/probe/fast/zone'), mod.FS.readFile('/probe/emscripten/zone'));
  assert.deepEqual(mod.FS.readdir('/probe/fast'), mod.FS.readdir('/probe/emscripten'));
  // Written over afterwards like any file.
  mod.FS.writeFile('/probe/fast/zone', new TextEncoder().encode('UTC'));
  assert.equal(new TextDecoder().decode(mod.FS.readFile('/probe/fast/zone')), 'UTC');
});

test("a path that exists already takes Emscripten's own path, which refuses it", () => {
  mod.FS.mkdirTree('/probe/twice');
  createDataFile(mod, '/probe/twice/file', new Uint8Array([1]));
  assert.throws(() => createDataFile(mod, '/probe/twice/file', new Uint8Array([2])));
  assert.deepEqual(mod.FS.readFile('/probe/twice/file'), new Uint8Array([1]));
});

test('PGlite bundled as npm start bundles it reads its data files as PGlite from node_modules does', async () => {
  const out = mkdtempSync(join(tmpdir(), 'pglite-bundle-'));
  try {
    const probe = join(repoRoot, 'test/fixtures/pglite-share-probe.ts');
    // The server bundle's options that matter to PGlite (scripts/build.ts): CommonJS, import.meta.url injected.
    await build({
      entryPoints: { probe },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outdir: out,
      outExtension: { '.js': '.cjs' },
      logLevel: 'silent',
      supported: { 'dynamic-import': false },
      define: { 'import.meta.url': 'bundleUrl' },
      inject: [join(repoRoot, 'scripts/bundle-import-meta-url.ts')],
      plugins: [pgliteForBundle],
    });
    for (const file of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) copyFileSync(join(repoRoot, 'node_modules/@electric-sql/pglite/dist', file), join(out, file));
    const bundled = JSON.parse(execFileSync(process.execPath, [join(out, 'probe.cjs')], { encoding: 'utf8' }));
    const direct = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', probe], { cwd: repoRoot, encoding: 'utf8' }));
    assert.deepEqual(bundled, direct);
    assert.equal(bundled.newYork, '08:00 EDT');
    assert.ok(bundled.zones > 500, `${bundled.zones} time zones`);
    assert.equal(bundled.stemmed, "'dog':2 'run':4");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
