import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './generate/paths.js';

// Ahead-of-time bundle for `npm start` (and the bench's start-up rows): node starts it without a TypeScript
// loader, which is most of a tsx start. Dependencies stay in node_modules; migrations compile one file each.
const outdir = join(repoRoot, 'dist');
rmSync(outdir, { recursive: true, force: true });
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning' } as const;
await build({
  ...common,
  entryPoints: { main: join(repoRoot, 'src/main.ts'), 'bench-framework': join(repoRoot, 'bench/servers/framework.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
});
await build({
  ...common,
  entryPoints: readdirSync(join(repoRoot, 'db/migrations')).filter((f) => f.endsWith('.ts')).map((f) => join(repoRoot, 'db/migrations', f)),
  outdir: join(outdir, 'migrations'),
  outExtension: { '.js': '.mjs' },
});
