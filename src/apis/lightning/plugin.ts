import type { ModuleEdge } from '../../core/api-module.js';
import { HttpError } from '../../core/http-error.js';
import { bearerMacaroon, expiryCaveat, type CaveatCheck } from '../../core/macaroons.js';
import { bearerTokenOf, constantTimeEqual, unenforced, type SecurityHandler } from '../../core/security.js';
import { handlers } from '../../../generated/lightning/handlers.js';
import type { PluginDeps } from '../plugin-deps.js';
import { loadLightningConfig } from './config.js';
import { lightningErrorBody } from './error-body.js';
import type { Services } from './services.js';

/** A session macaroon carries `session=<its session id>` and `expires=<time>`; nothing else is accepted. */
const sessionCaveats: CaveatCheck = (key, value, now, identifier) => {
  if (key === 'session') return value === identifier ? null : 'macaroon names another session';
  return expiryCaveat(key, value, now, identifier);
};

/** The chat routes stay open (as in the seed) unless `GEMINI_ROUTES_API_KEY` is set; then it is a bearer key. */
function geminiRoutesKey(expected: string | undefined): SecurityHandler {
  if (!expected) return unenforced();
  return (req, _scheme, schemeName) => {
    const header = req.headers.authorization;
    if (!header || !constantTimeEqual(bearerTokenOf(req), expected)) throw new HttpError(401, 'unauthorized', 'Missing or invalid API key');
    return { subject: 'api-key', scheme: schemeName, claims: {} };
  };
}

export function lightningPlugin({ config }: PluginDeps, services?: Services): ModuleEdge {
  const settings = loadLightningConfig(config.env);
  return {
    handlers,
    renderError: lightningErrorBody,
    // Both schemes are bearer tokens: a 401 names the scheme to use, as RFC 6750 asks of every bearer-protected resource.
    errorHeaders: (error): Record<string, string> => (error.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}),
    security: {
      // Each session signs its macaroons with its own server-side root key; an unknown session has none.
      sessionMacaroon: bearerMacaroon({ rootKeyFor: async (id) => services?.sessions.rootKeyOf(id), check: sessionCaveats }),
      geminiRoutesKey: geminiRoutesKey(settings.gemini.routesApiKey),
    },
    // The dev pay route exists only beside the stub backend, and never in production.
    omitOperations: settings.backend === 'stub' && !settings.production ? [] : ['stubPayInvoice'],
    rateLimitOverrides: settings.demoPerHour === undefined ? undefined : { runDemo: { limit: settings.demoPerHour } },
  };
}
