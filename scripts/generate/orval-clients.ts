import { generate } from 'orval';
import { join } from 'node:path';
import { repoRoot, GENERATED_HEADER } from './paths.js';

const header = () => [`${GENERATED_HEADER}: produced by scripts/generate (orval).`];

/** React Query hooks (fetch through src/client/fetcher.ts, so base URL and auth are set at run time) and zod schemas. */
export async function renderOrvalClients(specPath: string, outDir: string): Promise<void> {
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
          mutator: { path: join(repoRoot, 'src/client/fetcher.ts'), name: 'customFetch' },
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
