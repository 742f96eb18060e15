import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { build } from 'esbuild';
import { repoRoot } from '../../src/paths.js';

// Each load runs in a process of its own, as each start does: within one process V8 keeps compiled scripts in
// memory and would not need the cache at all.
const dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const loader = join(dir, 'load.mjs');
writeFileSync(
  loader,
  `import { loadWithCodeCache } from ${JSON.stringify(join(repoRoot, 'src/code-cache.ts'))};
const [file, cacheDir] = process.argv.slice(2);
const bundle = loadWithCodeCache(file, cacheDir === '-' ? undefined : cacheDir);
let frame;
try { bundle.exports.fail(); } catch (err) { frame = err.stack.split('\\n')[1].trim(); }
const answer = await bundle.exports.answer();
bundle.save();
console.log(JSON.stringify({ state: bundle.state, answer, frame }));`,
);

/** A CommonJS bundle of `body` (TypeScript), built as scripts/build.ts builds the server's. */
async function bundleOf(name: string, body: string): Promise<string> {
  const source = join(dir, `${name}.ts`);
  writeFileSync(source, body);
  const outfile = join(dir, `${name}.cjs`);
  await build({ entryPoints: [source], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', supported: { 'dynamic-import': false }, logLevel: 'warning' });
  return outfile;
}

function load(bundle: string, cacheDir: string | undefined): { state: string; answer: unknown; frame: string } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', loader, bundle, cacheDir ?? '-'], { cwd: repoRoot, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

const SOURCE = `import { platform } from 'node:os';
export async function answer() {
  // import() is lowered to require, as in the server's bundle.
  const os = await import('node:os');
  return { sum: [1, 2, 3].reduce((a, b) => a + b, 0), same: os.platform() === platform() };
}
export function fail(): never {
  throw new Error('thrown from the bundle');
}
`;

test('the first load compiles and writes the cache; the next one uses it and runs the same code', async () => {
  const bundle = await bundleOf('first', SOURCE);
  const cacheDir = join(dir, 'cache-first');
  const first = load(bundle, cacheDir);
  assert.equal(first.state, 'missing');
  assert.deepEqual(first.answer, { sum: 6, same: true });
  assert.equal(readdirSync(cacheDir).filter((f) => f.endsWith('.bin')).length, 1);
  const second = load(bundle, cacheDir);
  assert.equal(second.state, 'used');
  assert.deepEqual(second.answer, first.answer);
  // The wrapper adds no line: the frame's line is the bundle's own, so its source map still applies.
  assert.equal(second.frame, first.frame);
  const throwLine = readFileSync(bundle, 'utf8').split('\n').findIndex((line) => line.includes('thrown from the bundle')) + 1;
  assert.match(first.frame, new RegExp(`first\\.cjs:${throwLine}:\\d+\\)$`));
});

test('a rebuilt bundle never meets the cache of the one before, whose file is removed', async () => {
  const cacheDir = join(dir, 'cache-rebuilt');
  const bundle = await bundleOf('rebuilt', SOURCE);
  load(bundle, cacheDir);
  const [before] = readdirSync(cacheDir);
  // Same length, other text: V8 alone would take the old cache for it.
  await bundleOf('rebuilt', SOURCE.replace('[1, 2, 3]', '[4, 5, 6]'));
  const changed = load(bundle, cacheDir);
  assert.equal(changed.state, 'missing');
  assert.deepEqual(changed.answer, { sum: 15, same: true });
  assert.deepEqual(readdirSync(cacheDir).length, 1);
  assert.notEqual(readdirSync(cacheDir)[0], before);
  assert.equal(load(bundle, cacheDir).state, 'used');
});

test('a damaged cache is rejected, the bundle still runs, and the cache is written again', async () => {
  const cacheDir = join(dir, 'cache-damaged');
  const bundle = await bundleOf('damaged', SOURCE);
  load(bundle, cacheDir);
  const [file] = readdirSync(cacheDir);
  writeFileSync(join(cacheDir, file), Buffer.alloc(4096, 7));
  const damaged = load(bundle, cacheDir);
  assert.equal(damaged.state, 'rejected');
  assert.deepEqual(damaged.answer, { sum: 6, same: true });
  assert.equal(load(bundle, cacheDir).state, 'used');
});

test('with no cache folder (CODE_CACHE=off) nothing is read or written', async () => {
  const bundle = await bundleOf('off', SOURCE);
  const off = load(bundle, undefined);
  assert.equal(off.state, 'off');
  assert.deepEqual(off.answer, { sum: 6, same: true });
  assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('cache-off')), []);
});
