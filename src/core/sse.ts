import type { ServerResponse } from 'node:http';
import type { SseFrame, SseStream } from './handler-types.js';
import type { OpenConnections } from './metrics/connection-metrics.js';

/**
 * A text/event-stream response with keep-alive comments; closes cleanly from either side. `open` counts the
 * stream while it is open (the open-streams gauge).
 */
export function openSseStream(
  res: ServerResponse,
  headers: Record<string, string>,
  keepAliveMs: number,
  open?: OpenConnections,
): SseStream & { end(): void } {
  // Set, not only written: what looks at the response later (a draining server) reads it as an event stream.
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.writeHead(200, {
    ...headers,
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  open?.inc();
  const controller = new AbortController();
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  // Ended means closed here even before the response's 'close' arrives: a server draining for shutdown ends streams
  // from outside (http-drain.ts), and a write after that end would be an error event on the response.
  const ended = () => controller.signal.aborted || res.writableEnded;
  const keepAlive = setInterval(() => !ended() && res.write(': keep-alive\n\n'), keepAliveMs);
  keepAlive.unref();
  const close = () => {
    if (controller.signal.aborted) return;
    clearInterval(keepAlive);
    open?.dec();
    controller.abort();
    resolveClosed();
  };
  res.on('close', close);
  return {
    send(frame: SseFrame) {
      if (ended()) return false;
      let text = '';
      if (frame.id !== undefined) text += `id: ${frame.id}\n`;
      if (frame.event) text += `event: ${frame.event}\n`;
      const data = typeof frame.data === 'string' ? frame.data : JSON.stringify(frame.data);
      for (const line of data.split('\n')) text += `data: ${line}\n`;
      return res.write(`${text}\n`);
    },
    comment(text: string) {
      if (!ended()) res.write(`: ${text}\n\n`);
    },
    closed,
    get isClosed() {
      return ended();
    },
    signal: controller.signal,
    end() {
      close();
      res.end();
    },
  };
}
