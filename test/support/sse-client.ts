import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type SseEvent = { id?: string; event?: string; data: string };

export type SseResult = { status: number; headers: http.IncomingHttpHeaders; events: SseEvent[]; comments: string[]; body: string };

/**
 * Reads a text/event-stream from the app over a real socket until the server closes it or `stopAfter`
 * events have arrived (then the client hangs up, as a browser that loses its connection would).
 */
export function readSse(listener: http.RequestListener, path: string, headers: Record<string, string>, stopAfter = Infinity): Promise<SseResult> {
  const server = http.createServer(listener).listen(0, '127.0.0.1');
  return new Promise<SseResult>((resolve, reject) => {
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const req = http.get({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        const result: SseResult = { status: res.statusCode ?? 0, headers: res.headers, events: [], comments: [], body: '' };
        const finish = () => {
          result.body = body;
          server.close();
          resolve(result);
        };
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
          const frames = body.split('\n\n');
          result.events = [];
          result.comments = [];
          for (const frame of frames.slice(0, -1)) parseFrame(frame, result);
          if (result.events.length >= stopAfter) {
            req.destroy();
            finish();
          }
        });
        res.on('end', finish);
        res.on('error', () => finish());
      });
      req.on('error', (err) => {
        if ((err as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(err);
      });
    });
  });
}

function parseFrame(frame: string, result: SseResult): void {
  const event: SseEvent = { data: '' };
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) result.comments.push(line.slice(1).trim());
    else if (line.startsWith('id: ')) event.id = line.slice(4);
    else if (line.startsWith('event: ')) event.event = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  if (data.length > 0) {
    event.data = data.join('\n');
    result.events.push(event);
  }
}
