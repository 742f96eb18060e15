import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiPlugin } from '../api-plugin.js';
import type { SseStream } from '../handler-types.js';
import { HttpError } from '../http-error.js';
import type { SecurityHandler } from '../security.js';
import type { LoadedSpec } from '../spec-loader.js';
import { mockAnswer, parsePrefer } from './mock-responses.js';

/**
 * The request's `Prefer` header, for the mock handlers: handlers see only the headers their operation declares,
 * and `Prefer` is the mock server's own. Set per request by `withPrefer`.
 */
const preferHeader = new AsyncLocalStorage<string | undefined>();

/** Wraps the HTTP listener so mock handlers can read each request's `Prefer` header. */
export function withPrefer(listener: (req: IncomingMessage, res: ServerResponse) => void): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const prefer = req.headers.prefer;
    preferHeader.run(Array.isArray(prefer) ? prefer.join(',') : prefer, () => listener(req, res));
  };
}

/**
 * Credentials are checked for presence only, as Prism does: a mock has no keys to verify them with. An absent
 * one is the scheme's 401; any present one is the principal `mock`.
 */
const presentCredentials: SecurityHandler = (req, scheme, schemeName) => {
  const present =
    scheme.type === 'http'
      ? new RegExp(`^${scheme.scheme ?? 'bearer'}\\s+\\S`, 'i').test(String(req.headers.authorization ?? ''))
      : scheme.type === 'apiKey' && scheme.in === 'query'
        ? req.query.has(scheme.name ?? '')
        : scheme.type === 'apiKey' && scheme.in === 'header'
          ? req.headers[(scheme.name ?? '').toLowerCase()] !== undefined
          : req.headers.authorization !== undefined;
  if (!present) throw new HttpError(401, 'unauthorized', `Missing credentials for ${schemeName}`);
  return { subject: 'mock', scheme: schemeName, claims: {} };
};

/**
 * An API served from its spec alone: every operation answers from its examples (or a value sampled from its
 * schema), `Prefer: code=…` or `Prefer: example=…` picks another documented response, and event streams replay
 * their example events. The edge (error envelope, success decoration) is the API's own when given.
 */
export function mockPlugin(spec: LoadedSpec, edge: Pick<ApiPlugin, 'slug' | 'specFile' | 'renderError' | 'decorateSuccess'>): ApiPlugin {
  const handlers: Record<string, unknown> = {};
  for (const op of spec.operations) {
    handlers[op.operationId] = async () => {
      const answer = mockAnswer(op, parsePrefer(preferHeader.getStore()));
      if (answer.status >= 400 && answer.body === undefined) throw new HttpError(answer.status, 'mocked', `Mocked ${answer.status}`, undefined, answer.headers);
      if (answer.events) {
        const events = answer.events;
        return { status: answer.status, headers: answer.headers, sse: async (stream: SseStream) => void events.forEach((e) => stream.send(e)) };
      }
      return { status: answer.status, body: answer.body, headers: answer.headers };
    };
  }
  const security = Object.fromEntries(Object.keys(spec.securitySchemes).map((name) => [name, presentCredentials]));
  return { ...edge, handlers, security };
}
