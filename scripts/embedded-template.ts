import { join } from 'node:path';
import { allModules } from '../src/apis/index.js';
import { createEmbeddedTemplate } from '../src/db/embedded-template.js';
import { repoRoot } from './generate/paths.js';

/** The dump of an embedded database with every API's migrations applied, that in-memory servers of tests and tools start from. */
export function embeddedTemplateOfAllApis(): Promise<string> {
  return createEmbeddedTemplate(
    join(repoRoot, 'node_modules', '.cache', 'test-embedded-db'),
    allModules().flatMap((m) => (m.migrationsDir ? [m.migrationsDir] : [])),
  );
}
