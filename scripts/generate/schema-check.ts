import { createAjv } from '../../src/core/ajv.js';
import type { OpenApiDocument } from './bundle-spec.js';

/** Where an OpenAPI object holds a schema: parameters, headers and media types (3.2 streams add `itemSchema`). */
const SCHEMA_KEYS = new Set(['schema', 'itemSchema']);
/** Values, not spec objects: an example may well hold a key named `schema`. */
const VALUES = new Set(['example', 'examples', 'default', 'const', 'enum']);

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every schema of a bundled document with its JSON pointer; nested subschemas are checked as part of theirs. */
export function* schemasOf(doc: OpenApiDocument): Generator<[string, unknown]> {
  const components = (doc.components ?? {}) as Record<string, unknown>;
  for (const [name, schema] of Object.entries((components.schemas ?? {}) as Record<string, unknown>)) {
    yield [`#/components/schemas/${escape(name)}`, schema];
  }
  function* walk(node: unknown, pointer: string): Generator<[string, unknown]> {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (VALUES.has(key) || key.startsWith('x-') || pointer === '#/components' && key === 'schemas') continue;
      const at = `${pointer}/${escape(key)}`;
      if (SCHEMA_KEYS.has(key) && !Array.isArray(node)) yield [at, child];
      else yield* walk(child, at);
    }
  }
  yield* walk(doc, '#');
}

/**
 * Problems, one per schema that is not JSON Schema 2020-12 (checked against its meta-schema). The runtime's ajv
 * compiles the spec's schemas without this check (src/core/ajv.ts): it is made here, once, when a spec changes.
 */
export function checkSchemas(api: string, doc: OpenApiDocument): string[] {
  const ajv = createAjv(false);
  const problems: string[] = [];
  for (const [pointer, schema] of schemasOf(doc)) {
    if (ajv.validateSchema(schema as object) === true) continue;
    problems.push(`${api}: ${pointer} is not a JSON Schema 2020-12 schema: ${ajv.errorsText(ajv.errors, { dataVar: 'schema' })}`);
  }
  return problems;
}
