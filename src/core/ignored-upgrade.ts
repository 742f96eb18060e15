import { Server, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** Headers that belong to the upgrade being declined; the replayed request goes without them. */
const UPGRADE_HEADERS = new Set(['upgrade', 'http2-settings']);

/** True when the request asks to become a WebSocket (the only upgrade any API here serves). */
export function asksForWebSocket(req: IncomingMessage): boolean {
  return (req.headers.upgrade ?? '').split(',').some((protocol) => protocol.trim().toLowerCase() === 'websocket');
}

/**
 * Serves a request that asks for an upgrade other than WebSocket as the ordinary HTTP/1.1 request it also is:
 * RFC 9110 (7.8) lets a server ignore Upgrade, and clients that offer HTTP/2 on plain http (`Upgrade: h2c`, as
 * Java's HttpClient and `curl --http2` do) expect exactly that. Node 20 hands every request carrying Upgrade to
 * the server's 'upgrade' event once anything listens there, with the HTTP parser already detached from the
 * socket; so the request is written back, without its upgrade headers and followed by the body bytes already
 * read, in front of the socket's data, and the socket is given to the server again as a new connection. The
 * request is then served like any other, body and keep-alive included. (Node 24's `shouldUpgradeCallback`
 * could decide before parsing; Node 20 has none.)
 */
export function serveIgnoringUpgrade(server: unknown, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  if (!(server instanceof Server)) {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    const lower = name.toLowerCase();
    if (UPGRADE_HEADERS.has(lower)) continue;
    let value = req.rawHeaders[i + 1];
    if (lower === 'connection') {
      value = value
        .split(',')
        .map((token) => token.trim())
        .filter((token) => token && !UPGRADE_HEADERS.has(token.toLowerCase()))
        .join(', ');
      if (!value) continue;
    }
    lines.push(`${name}: ${value}`);
  }
  socket.unshift(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), head]));
  server.emit('connection', socket);
}
