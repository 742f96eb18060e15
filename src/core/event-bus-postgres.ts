import pg from 'pg';
import type { Logger } from 'pino';
import { decodeEvent, encodeEvent, type EventBus, type EventHandler } from './event-bus.js';
import { Subscribers } from './event-bus-subscribers.js';

/** `reconnect`: the first delay after a lost connection and the most it grows to (1 s and 30 s by default). */
export type PostgresEventBusOptions = { url: string; logger: Logger; channel?: string; reconnect?: { initialMs: number; maxMs: number } };

/**
 * The wait before reconnect attempt `attempt` (0 first): doubling from `initialMs` up to `maxMs`, so an outage of
 * the database is not met by a connection attempt and a warning every second from every process.
 */
export function reconnectDelay(attempt: number, { initialMs, maxMs }: { initialMs: number; maxMs: number }): number {
  return Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
}

/**
 * Every process LISTENs on one Postgres channel with a dedicated connection, and publishing is a NOTIFY on it,
 * so an event published anywhere reaches the subscribers of every process (the publisher's own included, by
 * the same path). After a lost connection it reconnects, waiting longer after each failed attempt (see
 * `reconnectDelay`); events NOTIFied in the gap are lost,
 * which is why events are hints that clients can re-read through the REST API.
 */
export class PostgresEventBus implements EventBus {
  private readonly subscribers: Subscribers;
  private readonly channel: string;
  private readonly publisher: pg.Pool;
  private listener?: pg.Client;
  private retry?: NodeJS.Timeout;
  private stopped = false;
  private reconnectAttempts = 0;

  constructor(private readonly options: PostgresEventBusOptions) {
    this.subscribers = new Subscribers(options.logger);
    this.channel = options.channel ?? 'core_event_bus';
    this.publisher = new pg.Pool({ connectionString: options.url, max: 2, application_name: 'core-event-bus-publisher' });
    this.publisher.on('error', (err) => options.logger.warn({ err }, 'event bus publisher connection failed'));
  }

  async publish(topic: string, message: unknown): Promise<void> {
    if (this.stopped) throw new Error('the event bus is stopped');
    await this.publisher.query('select pg_notify($1, $2)', [this.channel, encodeEvent(topic, message)]);
  }

  subscribe(topic: string, handler: EventHandler): () => void {
    return this.subscribers.add(topic, handler);
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.url, application_name: 'core-event-bus-listener' });
    client.on('notification', (n) => this.onNotification(n));
    client.on('error', (err) => this.reconnect(client, err));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`listen ${pg.escapeIdentifier(this.channel)}`);
    } catch (err) {
      // A connection that failed half way (connected, not listening) is closed, not left open for nothing.
      client.end().catch(() => {});
      throw err;
    }
    this.listener = client;
    if (this.reconnectAttempts > 0) this.options.logger.info({ attempts: this.reconnectAttempts }, 'event bus listener reconnected');
    this.reconnectAttempts = 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.subscribers.clear();
    await this.listener?.end().catch(() => {});
    await this.publisher.end().catch(() => {});
  }

  private onNotification(notification: pg.Notification): void {
    if (notification.channel !== this.channel || notification.payload === undefined) return;
    try {
      const event = decodeEvent(notification.payload);
      this.subscribers.deliver(event.topic, event.message);
    } catch (err) {
      this.options.logger.error({ err }, 'event bus dropped a notification it could not decode');
    }
  }

  private reconnect(client: pg.Client, err?: unknown): void {
    if (this.stopped || this.retry || (this.listener && this.listener !== client)) return;
    const delayMs = reconnectDelay(this.reconnectAttempts, this.options.reconnect ?? { initialMs: 1000, maxMs: 30_000 });
    if (err) this.options.logger.warn({ err, delayMs }, 'event bus listener lost its connection; reconnecting');
    this.listener = undefined;
    client.end().catch(() => {});
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.reconnectAttempts += 1;
      this.start().catch((e) => this.reconnect(client, e));
    }, delayMs);
    this.retry.unref();
  }
}
