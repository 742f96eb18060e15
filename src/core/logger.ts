import pino, { type DestinationStream } from 'pino';

/**
 * JSON-lines logs. Stack traces and SQL go here, with the request id, never to clients. Without a destination
 * pino writes to stdout asynchronously (lines written while a write is in flight go out together) and flushes on exit.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream) {
  return pino({ level, base: { service: 'contract-first' } }, destination);
}

export type { Logger } from 'pino';
