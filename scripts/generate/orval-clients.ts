import { generate } from 'orval';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { repoRoot, GENERATED_HEADER } from './paths.js';

const header = () => [`${GENERATED_HEADER}: produced by scripts/generate (orval).`];

/** The specification extensions orval reads; it also walks every other one as if it were a schema. */
const ORVAL_EXTENSIONS = /^x-enum(-?names|-varnames|-?descriptions)$/i;

/**
 * orval's zod generator dereferences everything inside a schema, extensions included, and throws on a null
 * there: GitHub's `x-github-breaking-changes` holds JSON merge patches whose nulls delete properties. Extensions
 * orval does not read are dropped from what it is given; nothing it generates came from them.
 */
function withoutForeignExtensions<T>(value: T, isMap = false): T {
  if (Array.isArray(value)) return value.map((v) => withoutForeignExtensions(v)) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => isMap || !key.startsWith('x-') || ORVAL_EXTENSIONS.test(key))
      .map(([key, child]) => [key, key === 'example' || key === 'examples' ? child : withoutForeignExtensions(child, !isMap && NAMED_MAPS.has(key))]),
  ) as T;
}

/** Objects whose keys are names (a property, a header, a component), where `x-` is no extension. */
const NAMED_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas', 'headers', 'content', 'encoding', 'mapping', 'variables', 'paths', 'webhooks', 'callbacks', 'links', 'responses', 'schemas', 'parameters', 'requestBodies', 'securitySchemes', 'pathItems']);

/**
 * React Query hooks and zod schemas. The hooks fetch through this API's fetch.ts, which hands its slug to
 * src/client/fetcher.ts: base URL and auth are set at run time, per API when one page talks to several.
 */
export async function renderOrvalClients(api: string, specPath: string, outDir: string, clientDir: string): Promise<void> {
  writeFileSync(
    join(outDir, 'fetch.ts'),
    [
      `// ${GENERATED_HEADER}: produced by scripts/generate (orval-clients.ts).`,
      `import { customFetch } from '${clientDir}/fetcher.js';`,
      '',
      `/** The fetch of the ${api} client: the \`configureClient\` settings for \`${api}\` apply. */`,
      `export const apiFetch = <T>(url: string, options?: RequestInit): Promise<T> => customFetch<T>(url, options, ${JSON.stringify(api)});`,
      '',
    ].join('\n'),
  );
  const input = { target: specPath, override: { transformer: <T,>(spec: T) => withoutForeignExtensions(spec) } };
  await generate(
    {
      input,
      output: {
        target: join(outDir, 'client.ts'),
        client: 'react-query',
        httpClient: 'fetch',
        mode: 'single',
        clean: false,
        prettier: false,
        override: {
          header,
          mutator: { path: join(outDir, 'fetch.ts'), name: 'apiFetch' },
        },
      },
    },
    repoRoot,
  );
  await generate(
    {
      input,
      output: {
        target: join(outDir, 'zod.ts'),
        client: 'zod',
        mode: 'single',
        clean: false,
        prettier: false,
        override: {
          header,
          // Booleans are left out on purpose: z.coerce.boolean() turns "false" into true.
          zod: { coerce: { query: ['string', 'number'], param: ['string', 'number'], header: ['string', 'number'] } },
        },
      },
    },
    repoRoot,
  );
  // orval reports a failure in its log and resolves anyway.
  for (const file of ['client.ts', 'zod.ts']) if (!existsSync(join(outDir, file))) throw new Error(`orval wrote no ${basename(outDir)}/${file}; its message is above`);
}
