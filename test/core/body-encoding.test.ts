import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import pino from 'pino';
import { describe, test } from 'node:test';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { createApiHost } from '../../src/core/api-host.js';
import type { ApiPlugin } from '../../src/core/api-plugin.js';
import { createLogger } from '../../src/core/logger.js';
import { repoRoot } from '../../src/paths.js';
import { waitFor } from '../support/wait.js';

let received: unknown;
const plugin: ApiPlugin = {
  slug: 'fixture',
  specFile: join(repoRoot, 'test', 'fixtures', 'rate-limited', 'openapi.json'),
  handlers: {
    getThing: async () => ({ status: 200, body: { id: 1 } }),
    demo: async () => ({ status: 200, body: { id: 1 } }),
    byTenant: async () => ({ status: 200, body: { id: 1 } }),
    submit: async ({ body }: { body: unknown }) => {
      received = body;
      return { status: 202, body: { id: 1 } };
    },
  },
  renderError: (error) => ({ problem: `${error.code}: ${error.message}`, status: error.status }),
  security: { user: () => ({ subject: 'u', scheme: 'user', claims: {} }) },
};

const LIMIT = 4096;

/** Sends the bytes exactly as given (supertest would serialize a Buffer as JSON). */
async function post(body: Buffer, coding: string, contentType = 'application/json'): Promise<{ status: number; body: { problem: string } }> {
  const host = await createApiHost([{ plugin }], { logger: createLogger('silent'), validateResponses: true, bodyLimitBytes: LIMIT, sseKeepAliveMs: 15_000, prefixed: false });
  const server = createServer(host.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/submit`, {
      method: 'POST',
      headers: { 'X-User': 'u', 'Content-Type': contentType, 'Content-Encoding': coding },
      body: new Uint8Array(body),
    });
    return { status: res.status, body: (await res.json()) as { problem: string } };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

describe('request bodies with Content-Encoding', () => {
  const json = Buffer.from(JSON.stringify({ text: 'compressed' }));

  for (const [coding, encode] of [['gzip', gzipSync], ['deflate', deflateSync], ['br', brotliCompressSync]] as const) {
    test(`${coding}: decoded before it is parsed and validated`, async () => {
      received = undefined;
      const res = await post(encode(json), coding);
      assert.equal(res.status, 202, JSON.stringify(res.body));
      assert.deepEqual(received, { text: 'compressed' });
    });
  }

  test('413: the limit counts the decoded bytes, so a small bomb cannot expand past it', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ text: 'x'.repeat(1024 * 1024) })));
    assert.ok(bomb.length < LIMIT);
    const res = await post(bomb, 'gzip');
    assert.equal(res.status, 413);
    assert.match(res.body.problem, /^payload_too_large:/);
  });

  test('400: a body that is not valid in its coding, in the API envelope', async () => {
    const res = await post(json, 'gzip');
    assert.equal(res.status, 400);
    assert.match(res.body.problem, /^bad_request: Request body is not valid gzip/);
  });

  test('415: a coding the server does not decode', async () => {
    const res = await post(json, 'compress');
    assert.equal(res.status, 415);
    assert.match(res.body.problem, /^unsupported_media_type:/);
  });

  test('identity is the body as sent', async () => {
    const res = await post(json, 'identity');
    assert.equal(res.status, 202);
  });
});

describe('request bodies with a charset', () => {
  test('utf-8 and us-ascii, in any case and quoted, are read', async () => {
    for (const contentType of ['application/json; charset=utf-8', 'application/json;charset="UTF-8"', 'application/json; charset=US-ASCII']) {
      received = undefined;
      const res = await post(Buffer.from(JSON.stringify({ text: 'é' })), 'identity', contentType);
      assert.equal(res.status, 202, `${contentType}: ${JSON.stringify(res.body)}`);
      assert.deepEqual(received, { text: 'é' });
    }
  });

  test('415: any other charset, which would be read as garbage (UTF-16 was a 400 "not valid JSON")', async () => {
    for (const [charset, bytes] of [['utf-16le', Buffer.from(JSON.stringify({ text: 'x' }), 'utf16le')], ['iso-8859-1', Buffer.from('{"text":"\xe9"}', 'latin1')]] as const) {
      received = undefined;
      const res = await post(bytes, 'identity', `application/json; charset=${charset}`);
      assert.equal(res.status, 415, charset);
      assert.match(res.body.problem, new RegExp(`^unsupported_media_type: Request bodies must be UTF-8, not ${charset}`));
      assert.equal(received, undefined);
    }
  });
});

describe('a client that hangs up while its body is read', () => {
  test('is logged as the client leaving, not as a server error', async () => {
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const host = await createApiHost([{ plugin }], { logger, validateResponses: true, bodyLimitBytes: LIMIT, sseKeepAliveMs: 15_000, prefixed: false });
    const server = createServer(host.listener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      socket.write('POST /submit HTTP/1.1\r\nHost: x\r\nX-User: u\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text":');
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.destroy();
      await waitFor(async () => lines.some((l) => l.msg === 'client closed the request before it was read') || undefined, 5_000);
      assert.deepEqual(lines.filter((l) => l.level >= 50), []);
    } finally {
      server.close();
    }
  });
});
