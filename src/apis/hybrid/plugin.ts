import type { ApiPlugin } from '../../core/api-plugin.js';
import { bearerJwt } from '../../core/security.js';
import { handlers } from '../../../generated/hybrid/handlers.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { PluginDeps } from '../plugin-deps.js';
import { hybridConfig } from './config.js';

const CODE_BY_STATUS: Record<number, string> = { 400: 'invalid_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 429: 'rate_limited' };

/** Hybrid Thinking: `{code, message, details}` with the spec's lower-case codes. */
export function hybridPlugin({ config, jwt }: PluginDeps): ApiPlugin {
  const settings = hybridConfig(config);
  return {
    slug: 'hybrid',
    specFile: generatedSpecFile('hybrid'),
    handlers,
    renderError: (error) => ({
      code: CODE_BY_STATUS[error.status] ?? (error.status >= 500 ? 'internal_error' : 'invalid_request'),
      message: error.message,
      details: error.details ?? {},
    }),
    security: { bearerAuth: bearerJwt(jwt) },
    // The spec declares 60/min per user (`user`) and 10/min on submissions (`submissions`); a deployment may change them.
    rateLimitOverrides: { user: { limit: settings.rateLimitPerMinute }, submissions: { limit: settings.submissionsPerMinute } },
  };
}
