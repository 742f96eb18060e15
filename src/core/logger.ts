import pino from 'pino';

/** JSON-lines logs. Stack traces and SQL go here, with the request id, never to clients. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info') {
  return pino({ level, base: { service: 'contract-first' } });
}

export type { Logger } from 'pino';
