import type { Logger } from 'pino';
import type { EventHandler } from './event-bus.js';

/** The handlers of one bus by topic; a throwing handler is logged and does not keep the message from the others. */
export class Subscribers {
  private readonly byTopic = new Map<string, Set<EventHandler>>();

  constructor(private readonly logger: Logger) {}

  add(topic: string, handler: EventHandler): () => void {
    let handlers = this.byTopic.get(topic);
    if (!handlers) this.byTopic.set(topic, (handlers = new Set()));
    handlers.add(handler);
    return () => {
      handlers.delete(handler);
      if (handlers.size === 0 && this.byTopic.get(topic) === handlers) this.byTopic.delete(topic);
    };
  }

  deliver(topic: string, message: unknown): void {
    for (const handler of this.byTopic.get(topic) ?? []) {
      try {
        handler(message);
      } catch (err) {
        this.logger.error({ err, topic }, 'event bus subscriber failed');
      }
    }
  }

  clear(): void {
    this.byTopic.clear();
  }
}
