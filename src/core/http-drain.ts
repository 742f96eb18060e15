import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

/**
 * Lets a server stop without cutting off the requests it is answering. `wrap` tracks the responses under way;
 * `drain` stops accepting connections, closes the idle keep-alive ones, ends the event streams (a client reconnects
 * elsewhere, resuming with Last-Event-ID), and waits up to `graceMs` for the other responses, which go out with
 * `Connection: close`. Only then are the connections still open cut, and the caller may close the database.
 * Upgraded sockets (WebSockets) are not responses: the API modules close them as they stop.
 */
export class HttpDrain {
  private readonly open = new Set<ServerResponse>();
  private draining = false;
  private settled?: () => void;

  wrap(listener: RequestListener): RequestListener {
    return (req: IncomingMessage, res: ServerResponse) => {
      this.open.add(res);
      res.once('close', () => {
        this.open.delete(res);
        if (this.open.size === 0) this.settled?.();
      });
      if (this.draining) res.setHeader('Connection', 'close');
      listener(req, res);
    };
  }

  /** Resolves with how many responses were still unfinished when the grace period ran out (cut off). */
  async drain(server: Server, graceMs: number): Promise<number> {
    this.draining = true;
    server.close();
    server.closeIdleConnections();
    for (const res of this.open) {
      // Headers already sent could not say `Connection: close`: the connection is ended once the response is done.
      const socket = res.socket;
      res.once('finish', () => socket?.end());
      if (!res.headersSent) res.setHeader('Connection', 'close');
      if (isEventStream(res)) res.end();
    }
    if (this.open.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.settled = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const cut = this.open.size;
    server.closeAllConnections();
    return cut;
  }
}

const isEventStream = (res: ServerResponse) => String(res.getHeader('content-type') ?? '').startsWith('text/event-stream');
