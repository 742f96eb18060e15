import { isMalformedJson } from '../../core/body-reader.js';
import { requestIdAsUuid } from '../../core/request-id.js';
import { isMissingProperty } from '../../core/validators.js';
import type { ModuleEdge } from '../../core/api-module.js';
import { bearerJwt, bearerTokenOf, type SecurityHandler } from '../../core/security.js';
import type { HttpError } from '../../core/http-error.js';
import { handlers } from '../../../generated/orchestrator/handlers.js';
import { unauthenticated } from '../../services/orchestrator/errors.js';
import type { PluginDeps } from '../plugin-deps.js';
import { loadOrchestratorConfig } from './config.js';
import type { Services } from './services.js';

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

type Issue = { path?: string; message?: string; location?: string };

/** Each field's problem in the seed's words (`Email is required`); a body that does not parse names the parse error. */
function detailsOf(error: HttpError): { field?: string; message: string }[] {
  if (isMalformedJson(error)) return [{ message: String(error.details!.parseError) }];
  const issues = (error.details?.errors ?? []) as Issue[];
  return issues.map((i) => {
    const field = i.path?.replace(/^\//, '').replace(/\//g, '.') || undefined;
    const message = i.message ?? 'is invalid';
    if (!field || !isMissingProperty(message)) return { field, message };
    return { field, message: field.includes('.') ? `${field} is required` : `${field.charAt(0).toUpperCase()}${field.slice(1)} is required` };
  });
}

/** The seed's messages for the two ways a request fails before any handler runs. */
function messageOf(error: HttpError): string {
  if (error.code === 'validation_failed') return 'Invalid request data';
  if (isMalformedJson(error)) return 'Malformed JSON in request body';
  return error.message;
}

/**
 * An access token this API issued, of a session not revoked (decision 23). Failing that, a token the operator minted
 * with the server-wide secret (`npm run token`), which has no session; anything else is 401.
 */
function accessToken(services: Services | undefined, deps: PluginDeps): SecurityHandler {
  const operatorToken = bearerJwt(deps.jwt);
  return async (req, scheme, schemeName) => {
    const token = bearerTokenOf(req);
    const claims = services ? await services.tokens.verifyAccess(token) : undefined;
    if (!claims) return operatorToken(req, scheme, schemeName);
    if (!(await services!.accounts.sessionActive(claims.sessionId, claims.userId))) throw unauthenticated('Access token has been revoked');
    return { subject: claims.userId, scheme: schemeName, claims: { sid: claims.sessionId } };
  };
}

/**
 * Orchestrator: `{error: {code, message, details[], timestamp, correlation_id}}` with `X-Correlation-ID` equal to the
 * body's `correlation_id` and `WWW-Authenticate: Bearer` on 401. The request id is the correlation id when it is a
 * uuid, as the spec requires; a caller's non-uuid X-Request-Id gets a fresh one.
 */
export function orchestratorPlugin(deps: PluginDeps, services: Services | undefined): ModuleEdge {
  const settings = loadOrchestratorConfig(deps.config);
  return {
    handlers,
    renderError: (error, meta) => ({
      error: {
        code: CODE_BY_STATUS[error.status] ?? (error.status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_ERROR'),
        message: messageOf(error),
        details: detailsOf(error),
        timestamp: new Date().toISOString(),
        correlation_id: requestIdAsUuid(meta.requestId),
      },
    }),
    errorHeaders: (error, body) => ({
      'X-Correlation-ID': (body as { error: { correlation_id: string } }).error.correlation_id,
      ...(error.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}),
    }),
    security: { bearerAuth: accessToken(services, deps) },
    rateLimitOverrides: {
      api: { limit: settings.rateLimitPerMinute },
      login: { limit: settings.loginIpLimitPerMinute },
    },
    channels: services ? [services.realtime] : [],
  };
}
