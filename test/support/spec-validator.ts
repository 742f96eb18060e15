import { readFileSync } from 'node:fs';
import { createAjv } from '../../src/core/ajv.js';
import { generatedSpecFile } from '../../src/apis/generated-spec.js';

const ajv = createAjv(false);
const registered = new Set<string>();

/** Validates a value against `#/components/schemas/<name>` of an API's bundled spec. */
export function schemaErrors(slug: string, schemaName: string, value: unknown): string[] {
  const id = `${slug}.json`;
  if (!registered.has(id)) {
    const doc = JSON.parse(readFileSync(generatedSpecFile(slug), 'utf8'));
    ajv.addSchema({ $id: id, components: doc.components }, id);
    registered.add(id);
  }
  const validate = ajv.getSchema(`${id}#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`${slug} has no schema ${schemaName}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
