import type { ApiPlugin } from '../../core/api-plugin.js';
import { handlers } from '../../../generated/lightning/handlers.js';
import { generatedSpecFile } from '../generated-spec.js';

/** The Lightning jobs API answers every error as `{error: string}`. */
export function lightningPlugin(): ApiPlugin {
  return {
    slug: 'lightning',
    specFile: generatedSpecFile('lightning'),
    handlers,
    renderError: (error) => ({ error: error.message }),
  };
}
