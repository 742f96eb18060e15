import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What the code cache did for this start: `missing` and `rejected` are written again by `save`. */
export type CodeCacheState = 'used' | 'missing' | 'rejected' | 'off';

export type CachedBundle<T> = {
  exports: T;
  state: CodeCacheState;
  /**
   * Writes V8's code for every function compiled so far, for the next start, and removes the caches of earlier
   * bundles; a no-op when the cache was used or is off.
   */
  save(): void;
};

/** On its own line, so the bundle's line numbers (and its source map) hold: the script starts one line early. */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';

/**
 * Runs a CommonJS bundle as `require` would, compiled with V8's code cache: a start then deserialises the bytecode
 * a previous start compiled instead of parsing and compiling the bundle's megabytes again. Node 22 has this built in
 * (module.enableCompileCache); Node 20 has it only through vm.Script, which is why the server's bundle is CommonJS.
 *
 * The bundle must not use import(): Node 20 loses the dynamic-import callback of code that comes from a cache (and
 * offers it to vm scripts only as experimental), so the bundle is built with import() lowered to require.
 *
 * The cache file is named by a hash of the bundle's text, Node's version and the architecture: V8 checks a cache
 * against its source only by length, so a rebuilt bundle must never meet the cache of another. `cacheDir`
 * undefined turns the cache off.
 */
export function loadWithCodeCache<T>(file: string, cacheDir: string | undefined): CachedBundle<T> {
  // The bytes are hashed, not the decoded text: hashing a string encodes all of its megabytes to UTF-8 again.
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, `${createHash('sha256').update(bytes).update(process.version).update(process.arch).digest('hex').slice(0, 40)}.bin`);
  const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;
  const script = new Script(`${WRAPPER_HEAD}\n${source}\n})`, {
    filename: file,
    lineOffset: -1,
    cachedData,
  });
  const state: CodeCacheState = !cacheFile ? 'off' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    state,
    save() {
      if (!cacheFile || state === 'used') return;
      const dir = dirname(cacheFile);
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed: another process starting from the same bundle never reads half a file.
      const partial = `${cacheFile}.${process.pid}`;
      try {
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cacheFile);
      } finally {
        rmSync(partial, { force: true });
      }
      for (const name of readdirSync(dir)) if (name.endsWith('.bin') && name !== basename(cacheFile)) rmSync(join(dir, name), { force: true });
    },
  };
}

/** A cache that cannot be read is as good as none: the start compiles the bundle and tries to write it again. */
function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
