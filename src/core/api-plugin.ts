import type { HttpError } from './http-error.js';
import type { Principal } from './handler-types.js';
import type { RateLimitRule } from './rate-limiter.js';
import type { SecurityHandler } from './security.js';

export type EnvelopeMeta = { requestId: string; durationMs: number };

export type OperationRateLimit = RateLimitRule & {
  /** The bucket a request counts against; defaults to the principal's subject. */
  key?: (principal: Principal | null, ip: string) => string;
};

/**
 * Everything the core needs to know about one API. The core knows nothing else about it:
 * adding an API is a spec, `npm run generate`, the scaffolded handlers and one of these.
 */
export type ApiPlugin = {
  slug: string;
  /** The bundled spec under generated/<slug>/openapi.json. */
  specFile: string;
  handlers: Record<string, unknown>;
  /** Maps any error to this API's own error body. */
  renderError(error: HttpError, meta: EnvelopeMeta): unknown;
  /** Adds envelope fields the framework owns (request id, timing) to a success body. */
  decorateSuccess?(body: unknown, meta: EnvelopeMeta): unknown;
  security?: Record<string, SecurityHandler>;
  rateLimits?: Record<string, OperationRateLimit>;
};
