import pino from 'pino';
import { BatchedDestination } from './log-destination.js';

/**
 * JSON-lines logs. Stack traces and SQL go here, with the request id, never to clients. pino's asynchronous
 * destination (its default for stdout): lines written while a write is in flight go out together, and what is
 * left is flushed when the process exits. Lines reach it in chunks every few milliseconds (BatchedDestination says why).
 * `destination` is a file descriptor or a path.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination: string | number = 1) {
  return pino({ level, base: { service: 'contract-first' } }, new BatchedDestination(destination));
}

export type { Logger } from 'pino';
