import { randomUUID } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A request id to store where a UUID is required. The server's own request ids are UUIDs, but a client may send
 * its own `X-Request-Id` (any short token), which is echoed as is; records that need a UUID get a fresh one then.
 */
export function requestIdAsUuid(requestId: string): string {
  return UUID.test(requestId) ? requestId : randomUUID();
}
