import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { repoRoot } from '../../src/paths.js';

export { repoRoot };
export const specsDir = join(repoRoot, 'specs');
export const generatedDir = join(repoRoot, 'generated');
export const handlersDir = join(repoRoot, 'src', 'handlers');

export const GENERATED_HEADER = 'generated — do not edit';

/**
 * One API the generator reads: its spec, where its generated code goes, where its hand-written handlers live,
 * and the module file whose exported `Services` type handlers receive on `ctx.services` (absent: none).
 */
export type ApiSource = { slug: string; specFile: string; outDir: string; handlersDir: string; servicesFile?: string };

const optional = (file: string) => (existsSync(file) ? file : undefined);

/**
 * Every API is a folder under specs/ holding an openapi.yaml index, generated into generated/<slug>, with
 * handlers in src/handlers/<slug> and services typed in src/apis/<slug>/services.ts. The bench API keeps its
 * spec and handlers in bench/. Folders listed in package.json's `apiSources` (an API that lives elsewhere, such
 * as the toy API of the tests) hold openapi.yaml, handlers/, generated/ and optionally services.ts.
 */
export function listApis(): ApiSource[] {
  const apis: ApiSource[] = readdirSync(specsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(specsDir, d.name, 'openapi.yaml')))
    .map((d) => ({
      slug: d.name,
      specFile: join(specsDir, d.name, 'openapi.yaml'),
      outDir: join(generatedDir, d.name),
      handlersDir: join(handlersDir, d.name),
      servicesFile: optional(join(repoRoot, 'src', 'apis', d.name, 'services.ts')),
    }));
  apis.push({
    slug: 'bench',
    specFile: join(repoRoot, 'bench', 'spec', 'openapi.yaml'),
    outDir: join(generatedDir, 'bench'),
    handlersDir: join(repoRoot, 'bench', 'handlers'),
  });
  const extra: string[] = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).apiSources ?? [];
  for (const folder of extra) {
    const dir = resolve(repoRoot, folder);
    apis.push({
      slug: basename(dir),
      specFile: join(dir, 'openapi.yaml'),
      outDir: join(dir, 'generated'),
      handlersDir: join(dir, 'handlers'),
      servicesFile: optional(join(dir, 'services.ts')),
    });
  }
  return apis.sort((a, b) => a.slug.localeCompare(b.slug));
}
