import type { ApiPlugin } from '../../core/api-plugin.js';
import { bearerMacaroon, expiryCaveat, type CaveatCheck } from '../../core/macaroons.js';
import { handlers } from '../../../generated/lightning/handlers.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { PluginDeps } from '../plugin-deps.js';
import { loadLightningConfig } from './config.js';
import type { Services } from './services.js';

/** A session macaroon carries `session=<its session id>` and `expires=<time>`; nothing else is accepted. */
const sessionCaveats: CaveatCheck = (key, value, now, identifier) => {
  if (key === 'session') return value === identifier ? null : 'macaroon names another session';
  return expiryCaveat(key, value, now, identifier);
};

/** The Lightning jobs API answers every error as `{error: string}`. */
export function lightningPlugin({ config }: PluginDeps, services?: Services): ApiPlugin {
  const settings = loadLightningConfig(config.env);
  return {
    slug: 'lightning',
    specFile: generatedSpecFile('lightning'),
    handlers,
    renderError: (error) => ({ error: error.message }),
    security: {
      // Each session signs its macaroons with its own server-side root key; an unknown session has none.
      sessionMacaroon: bearerMacaroon({ rootKeyFor: async (id) => services?.sessions.rootKeyOf(id), check: sessionCaveats }),
    },
    // The dev pay route exists only beside the stub backend, and never in production.
    omitOperations: settings.backend === 'stub' && !settings.production ? [] : ['stubPayInvoice'],
    rateLimitOverrides: settings.demoPerHour === undefined ? undefined : { runDemo: { limit: settings.demoPerHour } },
  };
}
