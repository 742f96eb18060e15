import { readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const specsDir = join(repoRoot, 'specs');
export const generatedDir = join(repoRoot, 'generated');
export const handlersDir = join(repoRoot, 'src', 'handlers');

export const GENERATED_HEADER = 'generated — do not edit';

/** Every API is a folder under specs/ holding an openapi.yaml index. */
export function listApis(): string[] {
  return readdirSync(specsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(specsDir, d.name, 'openapi.yaml')))
    .map((d) => d.name)
    .sort();
}
