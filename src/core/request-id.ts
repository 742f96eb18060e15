import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { UUID } from './uuid.js';

/** A client's own `X-Request-Id` is echoed when it is a short token of these characters (nothing to escape in JSON or a header). */
export const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** The request's id: the client's own `X-Request-Id` when it is a plain token, otherwise a fresh UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * A request id to store where a UUID is required. The server's own request ids are UUIDs, but a client may send
 * its own `X-Request-Id` (any short token), which is echoed as is; records that need a UUID get a fresh one then.
 */
export function requestIdAsUuid(requestId: string): string {
  return UUID.test(requestId) ? requestId : randomUUID();
}
