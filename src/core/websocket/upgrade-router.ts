import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** Anything that may take over an upgrade request: it answers true when the request's path is its own. */
export type UpgradeHandler = {
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Sockets it holds open now, for the websocket_connections gauge. */
  readonly openSockets?: number;
};

/** Routes the HTTP server's upgrade requests to the channels mounted on it; other paths get a 404 and are closed. */
export function routeUpgrades(server: Server, handlers: readonly UpgradeHandler[]): void {
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    for (const handler of handlers) if (handler.upgrade(req, socket, head)) return;
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
}
