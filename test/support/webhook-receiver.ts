import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedWebhook = { path: string; headers: http.IncomingHttpHeaders; body: string; at: number };

/** What the receiver answers to the n-th request (0-based); `delayMs` holds the answer back. */
export type Answer = { status: number; headers?: Record<string, string>; delayMs?: number };

export type Receiver = {
  /** Base URL on 127.0.0.1, without a trailing slash. */
  url: string;
  port: number;
  requests: ReceivedWebhook[];
  /** TCP connections accepted, whether or not a request followed. */
  connections: number;
  close(): Promise<void>;
};

/** A local webhook receiver on 127.0.0.1 that records every request and answers as told. */
export async function startReceiver(answer: (index: number, request: ReceivedWebhook) => Answer = () => ({ status: 200 })): Promise<Receiver> {
  const receiver = { requests: [] as ReceivedWebhook[], connections: 0 } as Receiver;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      const reply = answer(receiver.requests.length, request);
      receiver.requests.push(request);
      const send = () => {
        if (!res.destroyed) res.writeHead(reply.status, reply.headers).end();
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  server.on('connection', () => (receiver.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${receiver.port}`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()).closeAllConnections());
  return receiver;
}
