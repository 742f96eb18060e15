import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Knex } from 'knex';
import { after, before, describe, test } from 'node:test';
import { PNG } from 'pngjs';
import { sendGeminiMessage, type SendGeminiMessageEvent } from '../../generated/lightning/streams.js';
import { configureClient } from '../../src/client/fetcher.js';
import type { SseStream } from '../../src/core/handler-types.js';
import { schemaErrors } from '../support/spec-validator.js';
import { waitFor } from '../support/wait.js';
import { failOnce, startLightning, type LightningServer } from './support.js';

let server: LightningServer;
before(async () => {
  server = await startLightning();
});
after(() => server.close());

const json = { 'Content-Type': 'application/json' };
const newConversation = async (s: LightningServer = server, title = 'Lightning questions') => {
  const res = await s.http.post('/api/gemini/conversations').set(json).send({ title });
  assert.equal(res.status, 201);
  return res.body as { id: number; title: string; createdAt: string };
};

/** The `data:` frames of an SSE body, parsed. */
const framesOf = (text: string) =>
  text
    .split('\n\n')
    .filter((f) => f.startsWith('data: '))
    .map((f) => JSON.parse(f.slice('data: '.length)));

describe('conversations', () => {
  test('createGeminiConversation 201, listGeminiConversations 200 oldest first, with integer ids', async () => {
    const a = await newConversation(server, 'first');
    const b = await newConversation(server, 'second');
    assert.deepEqual(schemaErrors('lightning', 'GeminiConversation', a), []);
    assert.ok(Number.isInteger(a.id) && b.id > a.id);
    const list = await server.http.get('/api/gemini/conversations');
    assert.equal(list.status, 200);
    const ids = list.body.map((c: { id: number }) => c.id);
    assert.ok(ids.indexOf(a.id) < ids.indexOf(b.id));
  });

  test('createGeminiConversation 400, 413, 415; 500 when the database fails', async () => {
    assert.equal((await server.http.post('/api/gemini/conversations').send({})).status, 400);
    assert.equal((await server.http.post('/api/gemini/conversations').send({ title: 'x'.repeat(1_100_000) })).status, 413);
    assert.equal((await server.http.post('/api/gemini/conversations').set('Content-Type', 'text/plain').send('t')).status, 415);
    failOnce(server.ln.conversations, 'create');
    assert.equal((await server.http.post('/api/gemini/conversations').send({ title: 't' })).status, 500);
    failOnce(server.ln.conversations, 'list');
    assert.equal((await server.http.get('/api/gemini/conversations')).status, 500);
  });

  test('createGeminiConversation 400: a title over 200 characters, or empty or blank, is refused and not stored; 200 characters (emoji counted as one) are kept', async () => {
    const refused = [
      ['x'.repeat(201), 'title must NOT have more than 200 characters'],
      ['x'.repeat(500_000), 'title must NOT have more than 200 characters'],
      ['', 'title must not be empty'],
      [' \t\n', 'title must not be empty'],
    ];
    for (const [title, error] of refused) {
      const res = await server.http.post('/api/gemini/conversations').send({ title });
      assert.deepEqual([res.status, res.body], [400, { error }], title.slice(0, 20));
    }
    const stored = (await server.http.get('/api/gemini/conversations')).body.map((c: { title: string }) => c.title);
    assert.ok(!refused.some(([title]) => stored.includes(title)), 'nothing was stored');
    for (const title of ['x'.repeat(200), '⚡'.repeat(200), '😀'.repeat(200)]) {
      const res = await server.http.post('/api/gemini/conversations').send({ title });
      assert.deepEqual([res.status, res.body.title], [201, title]);
    }
  });

  test('getGeminiConversation 200 with messages; 400 for a non-integer id; 404 unknown; 500', async () => {
    const c = await newConversation();
    const res = await server.http.get(`/api/gemini/conversations/${c.id}`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { ...c, messages: [] });
    assert.equal((await server.http.get('/api/gemini/conversations/abc')).status, 400);
    const missing = await server.http.get('/api/gemini/conversations/99999999');
    assert.deepEqual([missing.status, missing.body], [404, { error: 'Conversation not found' }]);
    failOnce(server.ln.conversations, 'get');
    assert.equal((await server.http.get(`/api/gemini/conversations/${c.id}`)).status, 500);
  });

  test('400 on every conversation route for an id beyond 32 bits, which no conversation has (it was a 500)', async () => {
    for (const id of ['2147483648', '9007199254740993', '99999999999999999999']) {
      const at = `/api/gemini/conversations/${id}`;
      for (const res of [
        await server.http.get(at),
        await server.http.get(`${at}/messages`),
        await server.http.post(`${at}/messages`).set(json).send({ content: 'hi' }),
        await server.http.delete(at),
      ]) {
        assert.equal(res.status, 400, `${id}: ${res.text}`);
        assert.deepEqual(schemaErrors('lightning', 'ErrorResponse', res.body), []);
      }
    }
    assert.equal((await server.http.get('/api/gemini/conversations/2147483647')).status, 404);
  });

  test('deleteGeminiConversation 204 removes it and its messages; 400, 404, 500', async () => {
    const c = await newConversation();
    await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set(json).send({ content: 'hi' });
    const res = await server.http.delete(`/api/gemini/conversations/${c.id}`);
    assert.equal(res.status, 204);
    assert.equal((await server.http.get(`/api/gemini/conversations/${c.id}`)).status, 404);
    assert.equal((await server.ln.knex('ln_gemini_messages').where({ conversation_id: c.id })).length, 0);
    assert.equal((await server.http.delete('/api/gemini/conversations/abc')).status, 400);
    assert.equal((await server.http.delete(`/api/gemini/conversations/${c.id}`)).status, 404);
    failOnce(server.ln.conversations, 'delete');
    assert.equal((await server.http.delete(`/api/gemini/conversations/${c.id}`)).status, 500);
  });

  test('listGeminiMessages 200, 400, 404, 500', async () => {
    const c = await newConversation();
    await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set(json).send({ content: 'What is BOLT11?' });
    const res = await server.http.get(`/api/gemini/conversations/${c.id}/messages`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.map((m: { role: string }) => m.role), ['user', 'assistant']);
    for (const m of res.body) assert.deepEqual(schemaErrors('lightning', 'GeminiMessage', m), []);
    assert.equal((await server.http.get('/api/gemini/conversations/1.5/messages')).status, 400);
    assert.equal((await server.http.get('/api/gemini/conversations/99999999/messages')).status, 404);
    failOnce(server.ln.conversations, 'messages');
    assert.equal((await server.http.get(`/api/gemini/conversations/${c.id}/messages`)).status, 500);
  });
});

describe('sendGeminiMessage', () => {
  test('200: the reply streams as data frames, then done; the whole reply is stored', async () => {
    const c = await newConversation();
    const res = await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set(json).send({ content: 'What is a BOLT11 invoice?' });
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'], /^text\/event-stream/);
    assert.match(res.headers['cache-control'], /no-cache/);
    assert.doesNotMatch(res.text, /^(event|id):/m);
    const frames = framesOf(res.text);
    assert.deepEqual(frames.at(-1), { done: true });
    const chunks = frames.slice(0, -1).map((f) => f.content);
    assert.ok(chunks.length > 3, 'streamed in pieces');
    const reply = chunks.join('');
    assert.match(reply, /gemini-3-flash-preview, not a real Gemini.*What is a BOLT11 invoice\?/);
    const stored = (await server.http.get(`/api/gemini/conversations/${c.id}`)).body.messages;
    assert.deepEqual(stored.map((m: { role: string; content: string }) => [m.role, m.content]), [['user', 'What is a BOLT11 invoice?'], ['assistant', reply]]);
    assert.equal(stored[1].incomplete, undefined);
    const again = framesOf((await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set(json).send({ content: 'And?', model: 'gemini-pro' })).text);
    assert.match(again.map((f) => f.content ?? '').join(''), /local chat model gemini-pro,/);
  });

  test('200: a reply answers its own message, not one another client sent to the conversation a moment later', async () => {
    const c = await newConversation();
    const conversations = server.ln.conversations as unknown as { knex: Knex };
    const { knex } = conversations;
    let first = true;
    // The other message lands right after this one is stored, before this reply reads the conversation.
    conversations.knex = Object.assign((table: string) => {
      const builder = knex(table);
      if (table === 'ln_gemini_messages' && first) {
        first = false;
        const then = builder.then.bind(builder) as (onFulfilled: (rows: unknown) => unknown) => Promise<unknown>;
        Object.assign(builder, {
          then: (...args: Parameters<Promise<unknown>['then']>) =>
            then(async (inserted) => {
              await knex('ln_gemini_messages').insert({ conversation_id: c.id, role: 'user', content: 'the other message' });
              return inserted;
            }).then(...args),
        });
      }
      return builder;
    }, knex) as unknown as Knex;
    let text = '';
    try {
      text = (await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set(json).send({ content: 'my own question' })).text;
    } finally {
      conversations.knex = knex;
    }
    assert.equal(first, false, 'the other message was sent');
    const reply = framesOf(text).map((f) => f.content ?? '').join('');
    assert.match(reply, /\(turn 1\) to: my own question$/);
  });

  test('200: a blank model (how clients send an unset one) answers with the default model', async () => {
    const c = await newConversation();
    for (const model of ['', '  ']) {
      const blank = framesOf((await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set(json).send({ content: 'And?', model })).text);
      assert.match(blank.map((f) => f.content ?? '').join(''), /local chat model gemini-3-flash-preview,/, JSON.stringify(model));
    }
  });

  test('400: a non-integer id, a missing or empty content, malformed JSON; 404 unknown; 413; 415', async () => {
    const c = await newConversation();
    assert.equal((await server.http.post('/api/gemini/conversations/x/messages').send({ content: 'a' })).status, 400);
    assert.equal((await server.http.post(`/api/gemini/conversations/${c.id}/messages`).send({})).status, 400);
    assert.equal((await server.http.post(`/api/gemini/conversations/${c.id}/messages`).send({ content: '' })).status, 400);
    const blank = await server.http.post(`/api/gemini/conversations/${c.id}/messages`).send({ content: ' \n ' });
    assert.deepEqual([blank.status, blank.body], [400, { error: 'content must not be empty' }]);
    assert.equal((await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set(json).send('{')).status, 400);
    const missing = await server.http.post('/api/gemini/conversations/99999999/messages').send({ content: 'a' });
    assert.deepEqual([missing.status, missing.body], [404, { error: 'Conversation not found' }]);
    assert.equal((await server.http.post(`/api/gemini/conversations/${c.id}/messages`).send({ content: 'x'.repeat(1_100_000) })).status, 413);
    assert.equal((await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set('Content-Type', 'text/plain').send('x')).status, 415);
  });

  test('500 before the stream starts; an error frame after it started, the partial reply stored as incomplete', async () => {
    const c = await newConversation();
    const chat = server.ln.chat as { streamReply: unknown };
    const real = chat.streamReply;
    chat.streamReply = () => ({
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('quota exceeded')) }),
    });
    try {
      const before = await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set(json).send({ content: 'hi' });
      assert.deepEqual([before.status, before.body], [500, { error: 'The model failed to answer' }]);
      chat.streamReply = async function* () {
        yield 'Half a ';
        throw new Error('connection reset');
      };
      const during = await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set(json).send({ content: 'hi again' });
      assert.equal(during.status, 200);
      assert.deepEqual(framesOf(during.text), [{ content: 'Half a ' }, { error: 'Generation failed: connection reset' }]);
    } finally {
      chat.streamReply = real;
    }
    const messages = (await server.http.get(`/api/gemini/conversations/${c.id}/messages`)).body;
    assert.deepEqual(messages.at(-1), { ...messages.at(-1), role: 'assistant', content: 'Half a ', incomplete: true });
  });

  test('404 for a conversation deleted as the message is sent; an error frame for one deleted while the reply streams (a 500, and the framework’s generic error event)', async () => {
    const c = await newConversation();
    const conversations = server.ln.conversations as unknown as { find: (id: number) => Promise<unknown> };
    const { find } = conversations;
    conversations.find = async function (this: unknown, id: number) {
      conversations.find = find;
      const row = await find.call(this, id);
      assert.equal((await server.http.delete(`/api/gemini/conversations/${id}`)).status, 204);
      return row;
    };
    try {
      const res = await server.http.post(`/api/gemini/conversations/${c.id}/messages`).set(json).send({ content: 'hi' });
      assert.deepEqual([res.status, res.body], [404, { error: 'Conversation not found' }]);
    } finally {
      conversations.find = find;
    }

    const streaming = await newConversation();
    const chat = server.ln.chat as { streamReply: unknown };
    const real = chat.streamReply;
    chat.streamReply = async function* () {
      yield 'Part ';
      assert.equal((await server.http.delete(`/api/gemini/conversations/${streaming.id}`)).status, 204);
      yield 'two';
    };
    try {
      const res = await server.http.post(`/api/gemini/conversations/${streaming.id}/messages`).set(json).send({ content: 'hi' });
      assert.equal(res.status, 200);
      assert.deepEqual(framesOf(res.text), [{ content: 'Part ' }, { content: 'two' }, { error: 'The conversation was deleted while the reply was written' }]);
    } finally {
      chat.streamReply = real;
    }
  });

  test('200 through the generated stream client: typed chunks, then done; an event its item schema refuses is not sent', async () => {
    const listening: Server = createServer(server.listener);
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    configureClient({ baseUrl: `http://127.0.0.1:${(listening.address() as AddressInfo).port}/api` });
    const conversations = server.ln.conversations as { send: unknown };
    const real = conversations.send;
    try {
      const c = await newConversation();
      const events: SendGeminiMessageEvent[] = [];
      for await (const event of sendGeminiMessage({ id: String(c.id) }, { content: 'What is a BOLT11 invoice?' })) events.push(event);
      assert.deepEqual(events.at(-1), { data: { done: true } });
      const reply = events.slice(0, -1).map((e) => ('content' in e.data ? e.data.content : '')).join('');
      assert.match(reply, /What is a BOLT11 invoice\?/);

      conversations.send = async () => async (stream: SseStream) => {
        stream.send({ data: { content: 'fine' } });
        stream.send({ data: { content: 42 } });
        stream.send({ data: { done: true } });
      };
      const refused: SendGeminiMessageEvent[] = [];
      for await (const event of sendGeminiMessage({ id: String(c.id) }, { content: 'hi' })) refused.push(event);
      assert.deepEqual(refused, [{ data: { content: 'fine' } }, { event: 'error', data: { code: 'internal_error', message: 'The event stream failed' } }]);
    } finally {
      conversations.send = real;
      await new Promise((resolve) => listening.close(resolve));
    }
  });

  test('a client that disconnects mid-stream leaves the partial reply stored and marked incomplete', async () => {
    const slow = await startLightning({ GEMINI_LOCAL_CHUNK_DELAY_MS: '100' });
    const listening: Server = createServer(slow.listener);
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    try {
      const c = await newConversation(slow);
      await new Promise<void>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port: (listening.address() as AddressInfo).port, method: 'POST', path: `/api/gemini/conversations/${c.id}/messages`, headers: json }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', () => undefined);
        req.on('close', resolve);
        req.end(JSON.stringify({ content: 'tell me a long story' }));
        setTimeout(() => reject(new Error('no data')), 10_000).unref();
      });
      const messages = await waitFor(async () => {
        const list = (await slow.http.get(`/api/gemini/conversations/${c.id}/messages`)).body;
        return list.length === 2 ? list : undefined;
      });
      assert.equal(messages[1].incomplete, true);
      assert.ok(messages[1].content.length > 0);
      assert.doesNotMatch(messages[1].content, /tell me a long story$/);
    } finally {
      await new Promise((resolve) => listening.close(resolve));
      await slow.close();
    }
  });
});

describe('generateGeminiImage', () => {
  test('200: a real PNG, the same for the same prompt, different for another', async () => {
    const res = await server.http.post('/api/gemini/generate-image').set(json).send({ prompt: 'a lightning bolt of satoshis' });
    assert.equal(res.status, 200);
    assert.equal(res.body.mimeType, 'image/png');
    const png = PNG.sync.read(Buffer.from(res.body.b64_json, 'base64'));
    assert.deepEqual([png.width, png.height], [64, 64]);
    const same = await server.http.post('/api/gemini/generate-image').send({ prompt: 'a lightning bolt of satoshis' });
    assert.equal(same.body.b64_json, res.body.b64_json);
    const other = await server.http.post('/api/gemini/generate-image').send({ prompt: 'a cat' });
    assert.notEqual(other.body.b64_json, res.body.b64_json);
  });

  test('400, 413, 415, 500', async () => {
    assert.equal((await server.http.post('/api/gemini/generate-image').send({})).status, 400);
    assert.equal((await server.http.post('/api/gemini/generate-image').send({ prompt: '' })).status, 400);
    const blank = await server.http.post('/api/gemini/generate-image').send({ prompt: '   ' });
    assert.deepEqual([blank.status, blank.body], [400, { error: 'prompt must not be empty' }]);
    assert.equal((await server.http.post('/api/gemini/generate-image').send({ prompt: 'x'.repeat(1_100_000) })).status, 413);
    assert.equal((await server.http.post('/api/gemini/generate-image').set('Content-Type', 'text/plain').send('x')).status, 415);
    failOnce(server.ln.chat, 'generateImage');
    const res = await server.http.post('/api/gemini/generate-image').send({ prompt: 'x' });
    assert.deepEqual([res.status, res.body], [500, { error: 'Image generation failed' }]);
  });
});

describe('GEMINI_ROUTES_API_KEY', () => {
  test('401 on every chat route without the key; the key opens them', async () => {
    const guarded = await startLightning({ GEMINI_ROUTES_API_KEY: 'routes-secret' });
    try {
      const calls = [
        guarded.http.get('/api/gemini/conversations'),
        guarded.http.post('/api/gemini/conversations').send({ title: 't' }),
        guarded.http.get('/api/gemini/conversations/1'),
        guarded.http.delete('/api/gemini/conversations/1'),
        guarded.http.get('/api/gemini/conversations/1/messages'),
        guarded.http.post('/api/gemini/conversations/1/messages').send({ content: 'c' }),
        guarded.http.post('/api/gemini/generate-image').set('Authorization', 'Bearer wrong').send({ prompt: 'p' }),
      ];
      for (const res of await Promise.all(calls)) assert.deepEqual([res.status, res.body], [401, { error: 'Missing or invalid API key' }]);
      const ok = await guarded.http.post('/api/gemini/conversations').set('Authorization', 'Bearer routes-secret').send({ title: 't' });
      assert.equal(ok.status, 201);
    } finally {
      await guarded.close();
    }
  });
});
