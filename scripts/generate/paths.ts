import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/paths.js';

export { repoRoot };
export const specsDir = join(repoRoot, 'specs');
export const generatedDir = join(repoRoot, 'generated');
export const handlersDir = join(repoRoot, 'src', 'handlers');

export const GENERATED_HEADER = 'generated — do not edit';

export type ApiSource = { slug: string; specFile: string; handlersDir: string };

/**
 * Every API is a folder under specs/ holding an openapi.yaml index, with handlers in src/handlers/<slug>.
 * The bench API is the one exception: its spec and handlers live in bench/.
 */
export function listApis(): ApiSource[] {
  const apis = readdirSync(specsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(specsDir, d.name, 'openapi.yaml')))
    .map((d) => ({ slug: d.name, specFile: join(specsDir, d.name, 'openapi.yaml'), handlersDir: join(handlersDir, d.name) }));
  apis.push({ slug: 'bench', specFile: join(repoRoot, 'bench', 'spec', 'openapi.yaml'), handlersDir: join(repoRoot, 'bench', 'handlers') });
  return apis.sort((a, b) => a.slug.localeCompare(b.slug));
}
