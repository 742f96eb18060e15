import { Gauge, type Registry } from 'prom-client';

/** Counts a long-lived connection up when it opens and down when it closes. */
export type OpenConnections = { inc(): void; dec(): void };

/** Open SSE streams and WebSockets per API, in one server's registry. */
export class ConnectionMetrics {
  private readonly websocketCounters = new Map<string, Array<() => number>>();

  private readonly sse: Gauge<'api'>;

  constructor(registry: Registry) {
    this.sse = new Gauge({ name: 'sse_streams_open', help: 'Event streams currently open, by API', labelNames: ['api'], registers: [registry] });
    const counters = this.websocketCounters;
    new Gauge({
      name: 'websocket_connections',
      help: 'WebSockets currently open, by API',
      labelNames: ['api'],
      registers: [registry],
      // Read from the channel on scrape, so the gauge cannot drift from the sockets it describes.
      collect() {
        for (const [api, count] of counters) this.set({ api }, count.reduce((sum, c) => sum + c(), 0));
      },
    });
  }

  /** The gauge child an API's event streams count themselves on (see openSseStream). */
  sseStreams(api: string): OpenConnections {
    return this.sse.labels(api);
  }

  /** Registers how to count an API's open WebSockets; read on every scrape. */
  countWebsockets(api: string, count: () => number): void {
    const counts = this.websocketCounters.get(api);
    if (counts) counts.push(count);
    else this.websocketCounters.set(api, [count]);
  }
}
