import { declaredQueues, migrationDirsOf } from '../src/apis/index.js';
import { createEmbeddedTemplate, embeddedTemplateCache } from '../src/db/embedded-template.js';

/** The dump of an embedded database with every API's migrations applied, that in-memory servers of tests and tools start from. */
export function embeddedTemplateOfAllApis(): Promise<string> {
  return createEmbeddedTemplate(embeddedTemplateCache, migrationDirsOf(), declaredQueues());
}
