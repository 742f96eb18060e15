import type { HttpError } from './http-error.js';
import type { RateLimitOverrides } from './rate-limit-rules.js';
import type { SecurityHandler } from './security.js';
import type { UpgradeHandler } from './websocket/upgrade-router.js';

export type EnvelopeMeta = { requestId: string; durationMs: number };

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
  /** The media type error bodies are sent as (default `application/json`; `application/problem+json` for RFC 9457). */
  errorContentType?: string;
  /** Adds envelope fields the framework owns (request id, timing) to a success body. */
  decorateSuccess?(body: unknown, meta: EnvelopeMeta): unknown;
  security?: Record<string, SecurityHandler>;
  /** Limit and window values taken from configuration instead of the spec's `x-rate-limit`, by rule name. */
  rateLimitOverrides?: RateLimitOverrides;
  /**
   * WebSocket channels (or any upgrade handler), matched against the request path relative to the API's base
   * path: a channel at `/ws` of an API based at `/api/v1` answers `/api/v1/ws`, or `/<slug>/api/v1/ws` when prefixed.
   */
  channels?: UpgradeHandler[];
};
