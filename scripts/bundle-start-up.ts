import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

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
 * PGlite's Emscripten glue makes its own `require` on Node: `var require = createRequire(import.meta.url)` after
 * `await import("node:module")`. In a CommonJS bundle that import() becomes `require("node:module")`, which then
 * names the glue's own hoisted, still undefined `var require`, and opening a database throws. Without the line the
 * glue uses the bundle's `require` (only for Node's builtins). The build fails if the line has changed.
 */
export const pgliteWithBundleRequire: Plugin = {
  name: 'pglite-with-bundle-require',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]@electric-sql[\\/]pglite[\\/]dist[\\/].*\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('var require=')) return undefined;
      const contents = source.replace(/var require=\w+\(import\.meta\.url\)/g, '');
      if (contents.includes('var require=')) throw new Error(`${path}: PGlite's own require has changed; update scripts/bundle-start-up.ts`);
      return { contents, loader: 'js' };
    });
  },
};
