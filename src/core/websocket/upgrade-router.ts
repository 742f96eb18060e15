import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { asksForWebSocket, serveIgnoringUpgrade } from '../ignored-upgrade.js';

/** Anything that may take over an upgrade request: it answers true when the request's path is its own. */
export type UpgradeHandler = {
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Sockets it holds open now, for the websocket_connections gauge. */
  readonly openSockets?: number;
};

/**
 * Routes the HTTP server's upgrade requests to the channels mounted on it; a WebSocket handshake for another path
 * gets a 404 and is closed, and a request asking for any other upgrade is served as plain HTTP/1.1.
 */
export function routeUpgrades(server: Server, handlers: readonly UpgradeHandler[]): void {
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!asksForWebSocket(req)) return serveIgnoringUpgrade(server, req, socket, head);
    if (!handlers.some((handler) => handler.upgrade(req, socket, head))) refuseUpgrade(socket);
  });
}

/** The answer to a WebSocket handshake no channel takes. */
export function refuseUpgrade(socket: Duplex): void {
  socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}
