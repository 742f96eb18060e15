import { build } from 'esbuild';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundledTemplateFile, createEmbeddedTemplate, embeddedTemplateCache } from '../src/db/embedded-template.js';
import { buildWeb } from './build-web.js';
import { repoRoot } from './generate/paths.js';

// Ahead-of-time bundle for `npm start` (and the bench's start-up rows): node starts it without a TypeScript
// loader, which is most of a tsx start. Dependencies stay in node_modules; migrations compile one file each.
// The dashboard's build in dist/web is kept: it is rebuilt below only when its sources changed.
const outdir = join(repoRoot, 'dist');
for (const entry of existsSync(outdir) ? readdirSync(outdir) : []) if (entry !== 'web') rmSync(join(outdir, entry), { recursive: true, force: true });
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning' } as const;
await build({
  ...common,
  // Splitting keeps a dynamic import() dynamic: without it esbuild hoists the imported module's own imports to the
  // top of the bundle, and a dependency loaded only on a rare path (@asyncapi/parser, ~0.4 s) loads at every start.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  entryPoints: {
    main: join(repoRoot, 'src/main.ts'),
    'bench-framework': join(repoRoot, 'bench/servers/framework.ts'),
    // The Orchestrator's agent processes run this beside the server's bundle (src/services/orchestrator/agent-process.ts).
    'orchestrator-agent': join(repoRoot, 'src/services/orchestrator/agent-program.ts'),
  },
  outdir,
  outExtension: { '.js': '.mjs' },
});
// The core's migrations and every API module's, flattened into one folder: their names are unique timestamps.
const apiMigrationDirs = readdirSync(join(repoRoot, 'src/apis')).map((api) => join(repoRoot, 'src/apis', api, 'migrations'));
const migrationDirs = [join(repoRoot, 'db/migrations'), ...apiMigrationDirs];
const migrations = migrationDirs.filter((dir) => existsSync(dir)).flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));
await build({
  ...common,
  // Named entry points keep the output flat: dist/migrations/<timestamp>_<name>.mjs whatever folder it came from.
  entryPoints: Object.fromEntries(migrations.map((file) => [basename(file, '.ts'), file])),
  outdir: join(outdir, 'migrations'),
  outExtension: { '.js': '.mjs' },
});
// The embedded database a new DATA_DIR starts from, initdb and every migration done (made again only when a
// migration or PGlite changed): a first start skips seconds of both.
copyFileSync(await createEmbeddedTemplate(embeddedTemplateCache, apiMigrationDirs), bundledTemplateFile);
// The dashboard served at /app (Vite): a fresh clone builds it on the first start, later starts only when it changed.
if (await buildWeb({ force: process.argv.includes('--web') })) console.log('built the dashboard into dist/web');
