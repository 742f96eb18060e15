import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { describe, test } from 'node:test';
import WebSocket from 'ws';
import { listeningTestServer } from '../support/test-server.js';

const listening = listeningTestServer();

/** Sends raw requests on one connection and reads each response whole (they all carry Content-Length). */
class RawConnection {
  private buffered = Buffer.alloc(0);
  private waiting?: () => void;
  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.waiting?.();
    });
  }

  static async open(): Promise<RawConnection> {
    const socket = connect(listening.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    return new RawConnection(socket);
  }

  async exchange(request: string): Promise<{ statusLine: string; headers: Record<string, string>; body: string }> {
    this.socket.write(request);
    for (;;) {
      const text = this.buffered.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end !== -1) {
        const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
        const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
        const length = Number(headers['content-length'] ?? 0);
        if (this.buffered.length >= end + 4 + length) {
          const body = this.buffered.subarray(end + 4, end + 4 + length).toString('utf8');
          this.buffered = this.buffered.subarray(end + 4 + length);
          return { statusLine, headers, body };
        }
      }
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  close(): void {
    this.socket.destroy();
  }
}

const h2cOffer = 'Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n';

describe('a request offering an upgrade other than WebSocket (h2c)', () => {
  test('is served as plain HTTP/1.1, its body read, and the connection stays usable', async () => {
    const conn = await RawConnection.open();
    try {
      const body = JSON.stringify({ email: 'nobody@example.com', password: 'not-the-password' });
      const login = await conn.exchange(
        `POST /orchestrator/api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n${h2cOffer}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      // 401 (unknown account), not 400: the body reached the operation and passed validation.
      assert.equal(login.statusLine, 'HTTP/1.1 401 Unauthorized');
      assert.equal(JSON.parse(login.body).error.code, 'AUTHENTICATION_ERROR');
      const health = await conn.exchange(`GET /lenserfight/health HTTP/1.1\r\nHost: localhost\r\n${h2cOffer}\r\n`);
      assert.equal(health.statusLine, 'HTTP/1.1 200 OK');
      assert.equal(JSON.parse(health.body).status, 'ok');
      const plain = await conn.exchange('GET /lenserfight/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
      assert.equal(plain.statusLine, 'HTTP/1.1 200 OK');
    } finally {
      conn.close();
    }
  });

  test('a WebSocket handshake on the same server is still upgraded', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${listening.port}/orchestrator/api/v1/ws`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.close();
  });
});
