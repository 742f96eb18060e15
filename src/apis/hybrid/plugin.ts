import type { ModuleEdge } from '../../core/api-module.js';
import { bearerJwt } from '../../core/security.js';
import { handlers } from '../../../generated/hybrid/handlers.js';
import type { PluginDeps } from '../plugin-deps.js';
import { hybridConfig } from './config.js';

const CODE_BY_STATUS: Record<number, string> = { 400: 'invalid_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 429: 'rate_limited' };

/** Hybrid Thinking: `{code, message, details}` with the spec's lower-case codes. */
export function hybridPlugin({ config, jwt }: PluginDeps): ModuleEdge {
  const settings = hybridConfig(config);
  return {
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
