import { randomUUID } from 'node:crypto';
import type { ApiPlugin } from '../../core/api-plugin.js';
import { bearerJwt } from '../../core/security.js';
import type { HttpError } from '../../core/http-error.js';
import { handlers } from '../../../generated/orchestrator/handlers.js';
import { generatedSpecFile } from '../generated-spec.js';
import type { PluginDeps } from '../plugin-deps.js';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'AUTHENTICATION_ERROR',
  403: 'AUTHORIZATION_ERROR',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'VALIDATION_ERROR',
  415: 'VALIDATION_ERROR',
  429: 'RATE_LIMIT_EXCEEDED',
  503: 'SERVICE_UNAVAILABLE',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Issue = { path?: string; message?: string; location?: string };

function detailsOf(error: HttpError): { field?: string; message: string }[] {
  const issues = (error.details?.errors ?? []) as Issue[];
  return issues.map((i) => ({ field: i.path?.replace(/^\//, '').replace(/\//g, '.') || undefined, message: i.message ?? 'is invalid' }));
}

/**
 * Orchestrator: `{error: {code, message, details[], timestamp, correlation_id}}`. The request id is the correlation
 * id when it is a uuid, as the spec requires; a caller's non-uuid X-Request-Id gets a fresh one.
 */
export function orchestratorPlugin({ jwt }: PluginDeps): ApiPlugin {
  return {
    slug: 'orchestrator',
    specFile: generatedSpecFile('orchestrator'),
    handlers,
    renderError: (error, meta) => ({
      error: {
        code: CODE_BY_STATUS[error.status] ?? (error.status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_ERROR'),
        message: error.message,
        details: detailsOf(error),
        timestamp: new Date().toISOString(),
        correlation_id: UUID.test(meta.requestId) ? meta.requestId : randomUUID(),
      },
    }),
    security: { bearerAuth: bearerJwt(jwt) },
  };
}
