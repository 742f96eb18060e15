import type { ApiPlugin } from '../src/core/api-plugin.js';
import { staticApiKey } from '../src/core/security.js';
import { handlers } from '../generated/bench/handlers.js';
import { generatedSpecFile } from '../src/apis/generated-spec.js';

export const BENCH_API_KEY = 'bench-key';

/** The sixth API: two item operations behind an API key, plugged in exactly as the five real ones are. */
export function benchPlugin(): ApiPlugin {
  return {
    slug: 'bench',
    specFile: generatedSpecFile('bench'),
    handlers,
    renderError: (error) => ({ error: error.message }),
    security: { apiKey: staticApiKey(BENCH_API_KEY) },
  };
}
