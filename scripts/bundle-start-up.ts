import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';
import { repoRoot } from './generate/paths.js';

/**
 * esbuild plugins that keep work a bundled dependency does at load time, but never needs in this server, out of
 * `npm start`'s start-up (measured on one core with the bench's start-up rows).
 */

/**
 * pg picks its socket at load time (lib/stream.js) and, where there is no `navigator` (Node 20), probes for a
 * Cloudflare Worker by constructing a `Response`: that one line loads Node's bundled undici and compiles its
 * HTTP parser, about 30 ms of every start, though this bundle only ever runs on Node. The probe is replaced by
 * its answer here. The build fails if pg's file no longer has the probe, rather than silently keeping the cost.
 */
export const pgWithoutWorkerProbe: Plugin = {
  name: 'pg-without-worker-probe',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]pg[\\/]lib[\\/]stream\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const probe = 'if (isCloudflareRuntime()) {';
      if (!source.includes(probe)) throw new Error(`${path}: pg's Cloudflare probe has changed; update scripts/bundle-start-up.ts`);
      return { contents: source.replace(probe, 'if (false) {'), loader: 'js' };
    });
  },
};

/**
 * iconv-lite (express's body parsers) loads its encoding tables only when a body in a charset other than UTF-8
 * arrives, but bundled, their ~0.5 MB is read, parsed and mapped by every start. They stay in node_modules,
 * required from there on first use.
 */
export const iconvTablesOnDemand: Plugin = {
  name: 'iconv-tables-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/encodings$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]iconv-lite[\\/]lib[\\/]/.test(importer) ? { path: 'iconv-lite/encodings', external: true } : undefined,
    );
  },
};

/**
 * Two changes to PGlite's Emscripten glue, each made only in the bundle; the build fails if either no longer applies.
 *
 * Its own `require`: on Node the glue makes one, `var require = createRequire(import.meta.url)` after
 * `await import("node:module")`. In a CommonJS bundle that import() becomes `require("node:module")`, which then
 * names the glue's own hoisted, still undefined `var require`, and opening a database throws. Without the line the
 * glue uses the bundle's `require` (only for Node's builtins).
 *
 * Its data files: the file packager's loop that puts pglite.data's ~700 files in memory at every open calls
 * src/db/pglite-data-files.ts instead of Emscripten's createDataFile (that file says why: ~50 ms of a start).
 */
export const pgliteForBundle: Plugin = {
  name: 'pglite-for-bundle',
  setup(build) {
    const applied = { glue: false, require: false, dataFiles: false };
    build.onStart(() => {
      applied.glue = applied.require = applied.dataFiles = false;
    });
    build.onLoad({ filter: /[\\/]node_modules[\\/]@electric-sql[\\/]pglite[\\/]dist[\\/].*\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const withRequire = withBundleRequire(path, source) ?? source;
      const contents = withFastDataFiles(path, withRequire);
      applied.glue = true;
      applied.require ||= withRequire !== source;
      applied.dataFiles ||= contents !== withRequire;
      return contents === source ? undefined : { contents, loader: 'js', resolveDir: dirname(path) };
    });
    // A bundle without PGlite (the bench's framework server) has nothing to change.
    build.onEnd(() => {
      if (!applied.glue) return;
      if (!applied.require) throw new Error("PGlite's glue no longer makes its own require; update scripts/bundle-start-up.ts");
      if (!applied.dataFiles) throw new Error("PGlite's glue no longer loads pglite.data with createDataFile; update scripts/bundle-start-up.ts");
    });
  },
};

function withBundleRequire(path: string, source: string): string | undefined {
  if (!source.includes('var require=')) return undefined;
  const contents = source.replace(/var require=\w+\(import\.meta\.url\)/g, '');
  if (contents.includes('var require=')) throw new Error(`${path}: PGlite's own require has changed; update scripts/bundle-start-up.ts`);
  return contents;
}

const DATA_FILE_CALL = /\b(\w+)\.FS_createDataFile\((\w+),null,(\w+),!0,!0,!0\)/g;

function withFastDataFiles(path: string, source: string): string {
  if (!source.includes('"datafile_pglite.data"')) return source;
  const calls = source.match(DATA_FILE_CALL)?.length ?? 0;
  if (calls !== 1) throw new Error(`${path}: PGlite's data file loader has changed (${calls} createDataFile calls); update scripts/bundle-start-up.ts`);
  const helper = JSON.stringify(join(repoRoot, 'src', 'db', 'pglite-data-files.ts'));
  return `import { createDataFile as __pgliteCreateDataFile } from ${helper};\n${source.replace(DATA_FILE_CALL, '__pgliteCreateDataFile($1,$2,$3)')}`;
}
