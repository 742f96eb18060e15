import { generate } from 'orval';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, GENERATED_HEADER } from './paths.js';

const header = () => [`${GENERATED_HEADER}: produced by scripts/generate (orval).`];

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
  const input = { target: specPath };
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
}
