import type { Logger } from 'pino';
import { decodeEvent, encodeEvent, type EventBus, type EventHandler } from './event-bus.js';
import { Subscribers } from './event-bus-subscribers.js';

/**
 * The embedded database's bus: one process, so delivery stays in memory. Messages go through the same
 * encoding as on Postgres (a copy, the same size limit) and arrive on a later tick.
 */
export class InProcessEventBus implements EventBus {
  private readonly subscribers: Subscribers;
  private stopped = false;

  constructor(logger: Logger) {
    this.subscribers = new Subscribers(logger);
  }

  async publish(topic: string, message: unknown): Promise<void> {
    if (this.stopped) throw new Error('the event bus is stopped');
    const text = encodeEvent(topic, message);
    setImmediate(() => {
      if (this.stopped) return;
      const event = decodeEvent(text);
      this.subscribers.deliver(event.topic, event.message);
    });
  }

  subscribe(topic: string, handler: EventHandler): () => void {
    return this.subscribers.add(topic, handler);
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {
    this.stopped = true;
    this.subscribers.clear();
  }
}
