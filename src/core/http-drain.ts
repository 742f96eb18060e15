import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

/** Where a response under way sits in `HttpDrain`'s slots. */
const SLOT = Symbol('httpDrainSlot');
type Tracked = ServerResponse & { [SLOT]: number };

/**
 * Lets a server stop without cutting off the requests it is answering. `wrap` tracks the responses under way;
 * `drain` stops accepting connections, closes the idle keep-alive ones, ends the event streams (a client reconnects
 * elsewhere, resuming with Last-Event-ID), and waits up to `graceMs` for the other responses, which go out with
 * `Connection: close`. Only then are the connections still open cut, and the caller may close the database.
 * Upgraded sockets (WebSockets) are not responses: the API modules close them as they stop.
 */
export class HttpDrain {
  /**
   * The responses under way, each in a slot it frees when it closes; freed slots are reused, so the array only
   * grows to the most responses ever open at once. Why not a Set: adding and deleting a response per request
   * made V8 rebuild the Set's hash table every few hundred requests, each new table promoted to the old
   * generation as the long-lived Set's, about 2 MB/s at 20k req/s; the full collections that cleared it paused
   * the server for 10-25 ms every few seconds under load (`--trace-gc`), most of the framework's p99 in the bench.
   */
  private readonly slots: (ServerResponse | undefined)[] = [];
  private readonly free: number[] = [];
  private draining = false;
  private settled?: () => void;

  wrap(listener: RequestListener): RequestListener {
    const release = (res: Tracked) => this.release(res);
    // One listener for every response, called with the response as `this`: no closure per request.
    function onClose(this: Tracked) {
      release(this);
    }
    return (req: IncomingMessage, res: ServerResponse) => {
      const slot = this.free.length > 0 ? this.free.pop()! : this.slots.length;
      this.slots[slot] = res;
      (res as Tracked)[SLOT] = slot;
      res.on('close', onClose);
      if (this.draining) res.setHeader('Connection', 'close');
      listener(req, res);
    };
  }

  private release(res: Tracked): void {
    const slot = res[SLOT];
    if (this.slots[slot] !== res) return;
    this.slots[slot] = undefined;
    this.free.push(slot);
    if (this.open === 0) this.settled?.();
  }

  /** Every slot not free holds a response under way. */
  private get open(): number {
    return this.slots.length - this.free.length;
  }

  /** Resolves with how many responses were still unfinished when the grace period ran out (cut off). */
  async drain(server: Server, graceMs: number): Promise<number> {
    this.draining = true;
    server.close();
    server.closeIdleConnections();
    for (const res of this.slots) {
      if (!res) continue;
      // Headers already sent could not say `Connection: close`: the connection is ended once the response is done.
      const socket = res.socket;
      res.once('finish', () => socket?.end());
      if (!res.headersSent) res.setHeader('Connection', 'close');
      if (isEventStream(res)) res.end();
    }
    if (this.open > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.settled = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const cut = this.open;
    server.closeAllConnections();
    return cut;
  }
}

const isEventStream = (res: ServerResponse) => String(res.getHeader('content-type') ?? '').startsWith('text/event-stream');
