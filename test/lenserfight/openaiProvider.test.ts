import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { OpenAiCompatibleProvider } from '../../src/services/model-providers/openai-compatible-provider.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { executeDemoLens, waitForRunStatus } from './support.js';

// A local server speaking the OpenAI chat-completions wire format, as Ollama and vLLM do.
const received: { auth?: string; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
let failNext = false;
const fake = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    if (req.url !== '/v1/chat/completions') return void res.writeHead(404).end();
    if (failNext) {
      failNext = false;
      return void res.writeHead(503).end('{"error":"overloaded"}');
    }
    const body = JSON.parse(raw);
    received.push({ auth: req.headers.authorization, body });
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({ model: body.model, choices: [{ message: { role: 'assistant', content: `echo: ${body.messages[0].content}` } }], usage: { prompt_tokens: 11, completion_tokens: 7 } }),
    );
  });
});
let baseUrl = '';
let server: TestServer;

before(async () => {
  await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/v1`;
  server = await startTestServer({ MODEL_PROVIDER: 'openai', OPENAI_BASE_URL: baseUrl, OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'tiny-model' });
});
after(async () => {
  await server.close();
  fake.close();
});

describe('OpenAI-compatible provider', () => {
  test('sends the rendered prompt with the key and model, and reads content and usage', async () => {
    const provider = new OpenAiCompatibleProvider({ baseUrl, apiKey: 'sk-test', model: 'tiny-model', timeoutMs: 5000 });
    const completion = await provider.complete({ prompt: 'hello there' });
    assert.equal(completion.text, 'echo: hello there');
    assert.equal(completion.providerKey, 'openai');
    assert.equal(completion.modelKey, 'openai/tiny-model');
    assert.deepEqual([completion.tokenInput, completion.tokenOutput], [11, 7]);
    assert.equal(received.at(-1)!.auth, 'Bearer sk-test');
  });

  test('a key fetch refuses to send (a line break in it) is not quoted in the error, which runs and jobs keep', async () => {
    const provider = new OpenAiCompatibleProvider({ baseUrl, apiKey: 'sk-secret\nrest', model: 'tiny-model', timeoutMs: 5000 });
    await assert.rejects(provider.complete({ prompt: 'x' }), (err: Error & { code?: string }) => {
      assert.equal(err.code, 'provider_unreachable');
      assert.ok(!err.message.includes('sk-secret'), err.message);
      return true;
    });
  });

  test('an answer that is not JSON, or whose usage is not counts, is a provider error or zero tokens, not a crash', async () => {
    const odd = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url === '/bad/chat/completions') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>gateway</html>');
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ model: 7, choices: [{ message: { content: 'hi' } }], usage: { prompt_tokens: 'many', completion_tokens: -3 } }));
      });
    });
    await new Promise<void>((r) => odd.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(odd.address() as AddressInfo).port}`;
    try {
      const notJson = new OpenAiCompatibleProvider({ baseUrl: `${base}/bad`, model: 'm', timeoutMs: 5000 });
      await assert.rejects(notJson.complete({ prompt: 'x' }), (err: Error & { code?: string }) => err.code === 'provider_error' && /not JSON/.test(err.message));
      const oddUsage = new OpenAiCompatibleProvider({ baseUrl: `${base}/odd`, model: 'm', timeoutMs: 5000 });
      const completion = await oddUsage.complete({ prompt: 'x' });
      assert.deepEqual([completion.text, completion.modelId, completion.tokenInput, completion.tokenOutput], ['hi', 'm', 0, 0]);
    } finally {
      odd.close();
    }
  });

  test('a run served by it records the provider, model and usage', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user, { params: { topic: 'wire formats' }, modelOverride: 'other-model' });
    const run = await waitForRunStatus(server, user, runId);
    assert.equal(run.status, 'succeeded');
    assert.equal(run.providerKey, 'openai');
    assert.equal(run.modelKey, 'openai/other-model');
    assert.equal(run.tokenInput, 11);
    assert.match(run.artifacts[0].contentText, /^echo: Explain wire formats/);
  });

  test('a provider error fails the run with its code', async () => {
    failNext = true;
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user);
    const run = await waitForRunStatus(server, user, runId);
    assert.equal(run.status, 'failed');
    assert.equal(run.errorCode, 'provider_error');
    assert.match(run.errorMessage, /answered 503/);
  });

  test('the local provider stays available by providerOverride', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user, { params: { topic: 'x' }, providerOverride: 'local' });
    const run = await waitForRunStatus(server, user, runId);
    assert.equal(run.providerKey, 'local');
  });

  test('an unknown providerOverride is a 400', async () => {
    const res = await server.http
      .post(`/lenserfight/v1/lenses/${server.demo.lensId}/execute`)
      .set(await server.auth(uniqueUser()))
      .send({ params: { topic: 'x' }, providerOverride: 'anthropic' });
    assert.equal(res.status, 400);
    assert.match(res.body.error.details.errors[0].message, /local, openai/);
  });
});
