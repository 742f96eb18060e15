import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OpenApiDocument } from '../../scripts/generate/bundle-spec.js';
import { checkSchemas, schemasOf } from '../../scripts/generate/schema-check.js';
import { listApis } from '../../scripts/generate/paths.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function doc(schema: unknown, components: Record<string, unknown> = {}): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/things/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        post: {
          operationId: 'postThing',
          requestBody: { content: { 'application/json': { schema, example: { schema: 'not one' } } } },
          responses: { '200': { description: 'OK', headers: { 'X-Count': { schema: { type: 'integer' } } } } },
        },
      },
    },
    components: { schemas: components },
  };
}

test('finds the schemas of parameters, bodies, headers and components, and no example that holds a `schema` key', () => {
  const pointers = [...schemasOf(doc({ type: 'object' }, { Thing: { type: 'object' } }))].map(([pointer]) => pointer);
  assert.deepEqual(pointers.sort(), [
    '#/components/schemas/Thing',
    '#/paths/~1things~1{id}/parameters/0/schema',
    '#/paths/~1things~1{id}/post/requestBody/content/application~1json/schema',
    '#/paths/~1things~1{id}/post/responses/200/headers/X-Count/schema',
  ]);
});

test('names each schema that is not JSON Schema 2020-12, with where it is and why', () => {
  const problems = checkSchemas('api', doc({ type: 'strin' }, { Thing: { type: 'object', required: 'name' }, Fine: { type: 'object' } }));
  assert.equal(problems.length, 2);
  assert.match(problems[0], /^api: #\/components\/schemas\/Thing is not a JSON Schema 2020-12 schema: schema\/required must be array/);
  assert.match(problems[1], /^api: #\/paths\/~1things~1\{id\}\/post\/requestBody\/content\/application~1json\/schema is not a JSON Schema 2020-12 schema: .*type/);
});

test("every schema of the five APIs' bundled specs passes", () => {
  for (const api of listApis()) {
    const bundled = JSON.parse(readFileSync(join(api.outDir, 'openapi.json'), 'utf8')) as OpenApiDocument;
    assert.ok([...schemasOf(bundled)].length > 0, `${api.slug} has schemas`);
    assert.deepEqual(checkSchemas(api.slug, bundled), []);
  }
});
