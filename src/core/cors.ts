import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import type { LoadedSpec } from './spec-loader.js';

/** Answers a preflight (returns true: the response is sent) or adds the CORS headers to a request's response. */
export type CorsHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Headers the framework itself sets on API responses, beyond those the specs declare. */
const FRAMEWORK_HEADERS = ['X-Request-Id', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After', 'Allow'];

/**
 * CORS for the APIs, off unless `CORS_ORIGINS` names the origins whose pages may call them (a comma-separated
 * list, or `*`), through the `cors` package. Bearer tokens and API keys travel in headers, so no credentials
 * mode is offered. Every response header any spec declares (plus the framework's own) is exposed, so a browser
 * client reads `Location`, `X-Correlation-ID` or the rate-limit headers as a server-side one would.
 */
export function corsHandler(setting: string | undefined, specs: LoadedSpec[]): CorsHandler | undefined {
  const origins = (setting ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  if (origins.length === 0) return undefined;
  const methods = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE']);
  const exposed = new Set(FRAMEWORK_HEADERS);
  for (const spec of specs) {
    for (const operation of spec.operations) {
      methods.add(operation.method.toUpperCase());
      for (const response of Object.values(operation.responses)) for (const name of Object.keys(response.headers ?? {})) exposed.add(name);
    }
  }
  const middleware = cors({
    origin: origins.includes('*') ? '*' : origins,
    methods: [...methods],
    exposedHeaders: [...exposed],
    maxAge: 600,
  });
  return (req, res) => {
    // An OPTIONS request without Access-Control-Request-Method is not a preflight: it goes to the API.
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (!preflight && req.method === 'OPTIONS') return false;
    let passed = false;
    // With fixed options the middleware runs synchronously: it either ends the preflight or calls next.
    middleware(req, res, () => (passed = true));
    return !passed;
  };
}
