import type { ModuleEdge } from '../../core/api-module.js';
import { bearerJwt } from '../../core/security.js';
import { handlers } from '../../../generated/lenserfight/handlers.js';
import type { PluginDeps } from '../plugin-deps.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** LenserFight: `{data, meta}` on success, `{error: {code, message, details}, meta}` on failure. */
export function lenserfightPlugin({ config, jwt }: PluginDeps): ModuleEdge {
  // The spec declares the 60/min default; RUN_RATE_LIMIT_PER_MINUTE changes it for this deployment.
  const perMinute = { limit: config.runRateLimitPerMinute };
  return {
    handlers,
    renderError: (error, meta) => ({
      error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
      meta,
    }),
    decorateSuccess: (body, meta) => (isObject(body) && 'data' in body ? { ...body, meta: { ...(isObject(body.meta) ? body.meta : {}), ...meta } } : body),
    security: { bearerAuth: bearerJwt(jwt) },
    rateLimitOverrides: { executeLens: perMinute, runWorkflow: perMinute },
    // Development tokens exist only with the server's own secret, and never in production.
    omitOperations: config.nodeEnv === 'production' || config.jwt.jwksUrl ? ['createDevToken'] : [],
  };
}
