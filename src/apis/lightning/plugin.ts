import type { ApiPlugin } from '../../core/api-plugin.js';
import { handlers } from '../../../generated/lightning/handlers.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { PluginDeps } from '../plugin-deps.js';
import { loadLightningConfig } from './config.js';
import type { Services } from './services.js';

/** The Lightning jobs API answers every error as `{error: string}`. */
export function lightningPlugin({ config }: PluginDeps, _services?: Services): ApiPlugin {
  const settings = loadLightningConfig(config.env);
  return {
    slug: 'lightning',
    specFile: generatedSpecFile('lightning'),
    handlers,
    renderError: (error) => ({ error: error.message }),
    // The dev pay route exists only beside the stub backend, and never in production.
    omitOperations: settings.backend === 'stub' && !settings.production ? [] : ['stubPayInvoice'],
    rateLimitOverrides: settings.demoPerHour === undefined ? undefined : { runDemo: { limit: settings.demoPerHour } },
  };
}
