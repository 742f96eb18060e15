import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { PNG } from 'pngjs';
import { GeminiChatProvider } from '../../src/services/lightning/chat/gemini-chat-provider.js';
import { startLightning } from './support.js';

/** A local server speaking the Gemini REST wire format: SSE `streamGenerateContent`, `generateContent` with inlineData. */
type Seen = { url: string; key: string | undefined; body: any };
const seen: Seen[] = [];
let mode: 'ok' | 'error' = 'ok';
let fake: Server;
let baseUrl: string;
const tinyPng = (() => {
  const png = new PNG({ width: 1, height: 1 });
  png.data.set([255, 128, 0, 255]);
  return PNG.sync.write(png).toString('base64');
})();

async function bodyOf(req: IncomingMessage) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text);
}

before(async () => {
  fake = createServer(async (req, res) => {
    const body = await bodyOf(req);
    seen.push({ url: req.url!, key: req.headers['x-goog-api-key'] as string | undefined, body });
    if (mode === 'error') {
      res.writeHead(429, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 429, message: 'Resource has been exhausted', status: 'RESOURCE_EXHAUSTED' } }));
      return;
    }
    if (req.url!.includes(':streamGenerateContent?alt=sse')) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      for (const text of ['BOLT11 is ', 'the invoice ', 'format.']) {
        res.write(`data: ${JSON.stringify({ candidates: [{ content: { role: 'model', parts: [{ text }] } }] })}\r\n\r\n`);
      }
      res.end(`data: ${JSON.stringify({ candidates: [{ content: { role: 'model', parts: [] }, finishReason: 'STOP' }], usageMetadata: { totalTokenCount: 9 } })}\r\n\r\n`);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ candidates: [{ content: { parts: [{ text: 'Here it is' }, { inlineData: { mimeType: 'image/png', data: tinyPng } }] } }] }));
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
after(() => new Promise((resolve) => fake.close(resolve)));

const provider = () => new GeminiChatProvider({ apiKey: 'gemini-key', baseUrl, imageModel: 'gemini-2.5-flash-image', timeoutMs: 10_000 });

describe('Gemini chat provider (against a local server speaking its wire format)', () => {
  test('streams the reply from streamGenerateContent, sending the history with model turns', async () => {
    mode = 'ok';
    const pieces: string[] = [];
    const turns = [
      { role: 'user' as const, content: 'hi' },
      { role: 'assistant' as const, content: 'hello' },
      { role: 'user' as const, content: 'What is BOLT11?' },
    ];
    for await (const piece of provider().streamReply(turns, 'gemini-3-flash-preview', new AbortController().signal)) pieces.push(piece);
    assert.deepEqual(pieces, ['BOLT11 is ', 'the invoice ', 'format.']);
    const call = seen.at(-1)!;
    assert.equal(call.url, '/v1beta/models/gemini-3-flash-preview:streamGenerateContent?alt=sse');
    assert.equal(call.key, 'gemini-key');
    assert.deepEqual(call.body.contents.map((c: { role: string }) => c.role), ['user', 'model', 'user']);
  });

  test('generates an image from generateContent inlineData', async () => {
    mode = 'ok';
    const image = await provider().generateImage('an orange dot');
    assert.deepEqual(image, { b64: tinyPng, mimeType: 'image/png' });
    assert.deepEqual(seen.at(-1)!.body.generationConfig.responseModalities, ['TEXT', 'IMAGE']);
  });

  test('an error answer is an error', async () => {
    mode = 'error';
    await assert.rejects(provider().generateImage('x'), /Gemini answered 429/);
    const stream = provider().streamReply([{ role: 'user', content: 'x' }], 'm', new AbortController().signal)[Symbol.asyncIterator]();
    await assert.rejects(stream.next(), /Gemini answered 429/);
    mode = 'ok';
  });

  test('the server uses it when GEMINI_API_KEY is set', async () => {
    mode = 'ok';
    const server = await startLightning({ GEMINI_API_KEY: 'gemini-key', GEMINI_BASE_URL: baseUrl });
    try {
      const c = await server.http.post('/api/gemini/conversations').send({ title: 't' });
      const res = await server.http.post(`/api/gemini/conversations/${c.body.id}/messages`).send({ content: 'What is BOLT11?' });
      assert.match(res.text, /data: \{"content":"BOLT11 is "\}/);
      const messages = (await server.http.get(`/api/gemini/conversations/${c.body.id}/messages`)).body;
      assert.equal(messages[1].content, 'BOLT11 is the invoice format.');
      const image = await server.http.post('/api/gemini/generate-image').send({ prompt: 'dot' });
      assert.equal(image.body.b64_json, tinyPng);
    } finally {
      await server.close();
    }
  });
});
