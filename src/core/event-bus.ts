import type { Logger } from 'pino';
import { InProcessEventBus } from './event-bus-memory.js';
import { PostgresEventBus } from './event-bus-postgres.js';

export type EventHandler = (message: unknown) => void;

/**
 * Publish/subscribe between the parts of a server and, on Postgres, between every process on the database.
 * Messages are JSON values; delivery is at-most-once and asynchronous (a subscriber in the publishing process
 * gets the message on a later tick, as one in another process would), so callers never depend on which
 * process they run in.
 */
export interface EventBus {
  publish(topic: string, message: unknown): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(topic: string, handler: EventHandler): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Postgres NOTIFY carries at most 8000 bytes. Events larger than that are refused loudly on both databases
 * (rather than stored and fetched by id), so a message that works on the embedded database works on Postgres:
 * push a small event naming the resource and let clients read the rest through the REST API.
 */
export const MAX_EVENT_BYTES = 7999;

export function encodeEvent(topic: string, message: unknown): string {
  const text = JSON.stringify({ t: topic, m: message });
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_EVENT_BYTES) {
    throw new Error(`event on topic ${topic} is ${bytes} bytes encoded; the event bus carries at most ${MAX_EVENT_BYTES}`);
  }
  return text;
}

export function decodeEvent(text: string): { topic: string; message: unknown } {
  const { t, m } = JSON.parse(text) as { t: string; m: unknown };
  return { topic: t, message: m };
}

export type EventBusOptions = { databaseUrl?: string; logger: Logger; channel?: string };

/** LISTEN/NOTIFY on Postgres; in-process on the embedded database, which is one process only. */
export function createEventBus({ databaseUrl, logger, channel }: EventBusOptions): EventBus {
  return databaseUrl ? new PostgresEventBus({ url: databaseUrl, logger, channel }) : new InProcessEventBus(logger);
}
