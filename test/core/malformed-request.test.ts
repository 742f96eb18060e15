import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, test } from 'node:test';
import { PassThrough } from 'node:stream';
import { malformedRequestHandler, requestLinePath } from '../../src/core/malformed-request.js';
import { listeningTestServer } from '../support/test-server.js';

const listening = listeningTestServer();

type RawAnswer = { status: number; headers: Record<string, string>; body: string };

/** Sends bytes no HTTP client library would send and reads the answer until the server closes the connection. */
function sendRaw(bytes: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(listening.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.end(bytes);
  });
}

describe('requests node:http cannot parse are refused in the envelope of the API they name', () => {
  test('431: headers over 16 KB, in LenserFight\'s envelope', async () => {
    const answer = await sendRaw(`GET /lenserfight/v1/lenses HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    assert.equal(answer.status, 431);
    assert.match(answer.headers['content-type'], /^application\/json/);
    assert.equal(answer.headers.connection, 'close');
    assert.equal(Number(answer.headers['content-length']), Buffer.byteLength(answer.body));
    const body = JSON.parse(answer.body);
    assert.equal(body.error.code, 'request_header_fields_too_large');
    assert.equal(body.meta.requestId, answer.headers['x-request-id']);
  });

  test("400: a control character in a header, in Lightning's envelope (one string)", async () => {
    const answer = await sendRaw('GET /lightning/api/v1/health HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\n\r\n');
    assert.equal(answer.status, 400);
    assert.match(answer.headers['content-type'], /^application\/json/);
    const body = JSON.parse(answer.body);
    assert.equal(typeof body.error, 'string');
    assert.match(body.error, /not valid HTTP/);
  });

  test("400: a request line that is not HTTP gets the host's own envelope", async () => {
    const answer = await sendRaw('HELLO THERE\r\n\r\n');
    assert.equal(answer.status, 400);
    assert.deepEqual(JSON.parse(answer.body), { error: { code: 'bad_request', message: 'The request is not valid HTTP/1.1' } });
  });

  test('the server goes on answering well-formed requests', async () => {
    await sendRaw(`GET /hybrid/health HTTP/1.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    const health = await fetch(`http://127.0.0.1:${listening.port}/lenserfight/health`);
    assert.equal(health.status, 200);
  });
});

test('requestLinePath reads the path of a request line, and nothing else', () => {
  assert.equal(requestLinePath(Buffer.from('GET /a/b?c=d HTTP/1.1\r\nHost: x')), '/a/b');
  assert.equal(requestLinePath(Buffer.from('Host: x\r\n')), undefined);
  assert.equal(requestLinePath(undefined), undefined);
});

test('a response already under way on the connection is not broken into: the socket is closed without a word', () => {
  const refuse = malformedRequestHandler(() => assert.fail('nothing is rendered'));
  const socket = Object.assign(new PassThrough(), { _httpMessage: { headersSent: true } });
  const written: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => written.push(chunk));
  refuse(Object.assign(new Error('Parse Error'), { code: 'HPE_INVALID_METHOD' }), socket);
  assert.equal(socket.destroyed, true);
  assert.deepEqual(written, []);
});
