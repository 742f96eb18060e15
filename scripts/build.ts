import { build, type BuildOptions } from 'esbuild';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundledTemplateFile } from '../src/db/embedded-template.js';
import { embeddedTemplateOfAllApis } from './embedded-template.js';
import { buildWeb } from './build-web.js';
import { iconvTablesOnDemand, pgliteForBundle, pgWithoutWorkerProbe } from './bundle-start-up.js';
import { repoRoot } from './generate/paths.js';

// Ahead-of-time bundle for `npm start` (and the bench's start-up rows): node starts it without a TypeScript
// loader, which is most of a tsx start. Migrations compile one file each. The dashboard's build in dist/web is
// kept: it is rebuilt below only when its sources changed.
const outdir = join(repoRoot, 'dist');
for (const entry of existsSync(outdir) ? readdirSync(outdir) : []) if (entry !== 'web') rmSync(join(outdir, entry), { recursive: true, force: true });
// The source maps leave out the sources' text (two thirds of their 9 MB): stack traces still map, and a source line
// is read from src/ or node_modules.
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', sourcemap: true, sourcesContent: false, logLevel: 'warning' } as const;
/**
 * The dependencies the server bundle leaves in node_modules. Every other one is bundled: node then loads one file
 * instead of over a thousand, each resolved, read, scanned for its CommonJS exports and compiled on its own, which was
 * about 0.3 s of a start on one core. These stay out because they read files beside their own code at run time
 * (Swagger UI's assets), load a native addon (argon2), are tools rather than runtime (esbuild, tsx), load only on a
 * rare path (the AsyncAPI parser) or are knex and pg's optional drivers, not installed. PGlite is bundled, with its
 * files copied beside the bundle (see pgliteFiles).
 */
const runtimeExternal = [
  'swagger-ui-dist',
  '@node-rs/argon2',
  'esbuild',
  'tsx',
  '@asyncapi/parser',
  ...['pg-native', 'pg-query-stream', 'mysql', 'mysql2', 'mariadb', 'sqlite3', 'better-sqlite3', 'tedious', 'oracledb'],
];
/**
 * PGlite finds its WebAssembly and file-system bundle beside its own code (`new URL('./pglite.wasm', __filename)`),
 * which in the server bundle is dist/server.cjs. Bundled, its half a megabyte of JavaScript compiles with the
 * server's code cache: required from node_modules it was compiled afresh at every start, ~50 ms on one core.
 */
const pgliteFiles = ['pglite.wasm', 'pglite.data', 'initdb.wasm'];
const pgliteDist = join(repoRoot, 'node_modules/@electric-sql/pglite/dist');
/** A CommonJS bundle run from dist/ as node would run its sources, with stack traces mapped back to src/. */
const commonJs: BuildOptions = {
  ...common,
  format: 'cjs',
  // The sources' import.meta.url. Injected rather than a banner: a line before the bundle's "use strict" would leave
  // the bundle, which was strict as an ES module, in sloppy mode.
  define: { 'import.meta.url': 'bundleUrl' },
  inject: [join(repoRoot, 'scripts/bundle-import-meta-url.ts')],
  // Stack traces map back to src/ through the source map (see src/start-bundled.ts); identifiers are kept.
  minifyWhitespace: true,
  minifySyntax: true,
  outdir,
  outExtension: { '.js': '.cjs' },
};
// The server as one CommonJS bundle, which the entry below runs with V8's code cache (src/code-cache.ts says why
// CommonJS). Its dynamic import()s become lazy requires (Node 20 has no import() in code compiled with a cache): the
// AsyncAPI parser still loads only on its rare path.
await build({
  ...commonJs,
  supported: { 'dynamic-import': false },
  external: runtimeExternal,
  plugins: [pgWithoutWorkerProbe, iconvTablesOnDemand, pgliteForBundle],
  entryPoints: { server: join(repoRoot, 'src/server-process.ts') },
});
for (const file of pgliteFiles) copyFileSync(join(pgliteDist, file), join(outdir, file));
// What `npm start` runs: the code-cache loader of the bundle above, CommonJS as that bundle (src/start-bundled.ts).
await build({ ...commonJs, entryPoints: { main: join(repoRoot, 'src/start-bundled.ts') } });
// The bench's framework server and the Orchestrator's agent processes (src/services/orchestrator/agent-process.ts).
await build({
  ...common,
  external: runtimeExternal,
  plugins: [pgWithoutWorkerProbe, iconvTablesOnDemand],
  // A bundled CommonJS dependency's require() of a node builtin or of one of the above needs a require in ESM.
  banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  // Splitting keeps a dynamic import() dynamic: without it esbuild hoists the imported module's own imports to the
  // top of the bundle, and a dependency loaded only on a rare path (@asyncapi/parser, ~0.4 s) loads at every start.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  entryPoints: {
    'bench-framework': join(repoRoot, 'bench/servers/framework.ts'),
    'orchestrator-agent': join(repoRoot, 'src/services/orchestrator/agent-program.ts'),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
});
// The core's migrations and every API module's, flattened into one folder: their names are unique timestamps.
const apiMigrationDirs = readdirSync(join(repoRoot, 'src/apis')).map((api) => join(repoRoot, 'src/apis', api, 'migrations'));
const migrationDirs = [join(repoRoot, 'db/migrations'), ...apiMigrationDirs];
const migrations = migrationDirs.filter((dir) => existsSync(dir)).flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));
// CommonJS, as the server bundle requires them (src/db/migrations.ts).
await build({
  ...common,
  format: 'cjs',
  packages: 'external',
  // Named entry points keep the output flat: dist/migrations/<timestamp>_<name>.cjs whatever folder it came from.
  entryPoints: Object.fromEntries(migrations.map((file) => [basename(file, '.ts'), file])),
  outdir: join(outdir, 'migrations'),
  outExtension: { '.js': '.cjs' },
});
// The embedded database a new DATA_DIR starts from, initdb, every migration and pg-boss's install done (made again
// only when one of them changed), the one the tests start from: a first start skips seconds of them.
copyFileSync(await embeddedTemplateOfAllApis(), bundledTemplateFile);
// The dashboard served at /app (Vite): a fresh clone builds it on the first start, later starts only when it changed.
if (await buildWeb({ force: process.argv.includes('--web') })) console.log('built the dashboard into dist/web');
