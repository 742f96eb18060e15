import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWithCodeCache } from './code-cache.js';
import { applyWasmFlags } from './db/wasm-flags.js';
import type { runServerProcess } from './server-process.js';

// What `npm start` runs (dist/main.cjs): the server's CommonJS bundle (dist/server.cjs), compiled with the code
// cache the previous start left in node_modules/.cache (CODE_CACHE=off: none). See src/code-cache.ts. CommonJS
// itself, without a top-level await: node starts an ES module entry about 10 ms later (its module loader).

// Stack traces from the bundle name src/ lines (source-map-support: Node's --enable-source-maps does not map code
// compiled by vm.Script). Installed when the first stack trace is formatted: loading it took ~12 ms of every start.
Error.prepareStackTrace = (error, frames) => {
  const sourceMapSupport = createRequire(import.meta.url)('source-map-support') as typeof import('source-map-support');
  sourceMapSupport.install({ environment: 'node', handleUncaughtExceptions: false });
  return Error.prepareStackTrace!(error, frames);
};
// Before anything compiles: V8 accepts a code cache only under the flags it was made with, and PGlite sets these.
applyWasmFlags();

const dist = dirname(fileURLToPath(import.meta.url));
const cacheDir = process.env.CODE_CACHE === 'off' ? undefined : join(dist, '..', 'node_modules', '.cache', 'server-code-cache');

async function start(): Promise<void> {
  const bundle = loadWithCodeCache<{ runServerProcess: typeof runServerProcess }>(join(dist, 'server.cjs'), cacheDir);
  const { logger } = await bundle.exports.runServerProcess();
  // Once listening: the cache then holds the start's own functions too, not only the bundle's top level.
  try {
    bundle.save();
    const written = bundle.state === 'missing' || bundle.state === 'rejected';
    logger.info({ codeCache: bundle.state }, `start-up code cache: ${bundle.state}${written ? ', written for the next start' : ''}`);
  } catch (err) {
    logger.warn({ err, codeCache: bundle.state }, 'start-up code cache could not be written; the next start compiles the bundle again');
  }
}

start().catch((err) => {
  // Printed here: left uncaught, node would also print the bundle's one long line the error was thrown from.
  console.error(err);
  process.exit(1);
});
