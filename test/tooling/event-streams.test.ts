import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import supertest from 'supertest';
import { configureClient } from '../../src/client/fetcher.js';
import { createApiHost } from '../../src/core/api-host.js';
import type { SseStream } from '../../src/core/handler-types.js';
import { createLogger } from '../../src/core/logger.js';
import { loadSpecDocument } from '../../src/core/spec-loader.js';
import { repoRoot } from '../../src/paths.js';
import { streamRunEvents, type StreamRunEventsEvent } from '../../generated/lenserfight/streams.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';

describe('typed event streams: LenserFight run events through the generated stream client', () => {
  let server: TestServer;
  let http: HttpServer;
  let token: string;
  before(async () => {
    server = await startTestServer({}, { apis: ['lenserfight'] });
    http = createHttpServer(server.listener);
    await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
    token = (await server.auth(uniqueUser('streams'))).Authorization.slice('Bearer '.length);
    configureClient({ baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, getToken: () => token });
  });
  after(async () => {
    http.closeAllConnections();
    http.close();
    await server.close();
  });

  async function runLens(): Promise<string> {
    const res = await server.http
      .post(`/v1/lenses/${server.demo.lensId}/execute`)
      .set('Authorization', `Bearer ${token}`)
      .send({ params: { topic: 'typed streams' } });
    assert.equal(res.status, 202);
    return res.body.data.runId;
  }

  test('every event is typed and checked against the item schema by the runtime; the stream ends with done', async () => {
    const runId = await runLens();
    const events: StreamRunEventsEvent[] = [];
    for await (const event of streamRunEvents({ runId })) events.push(event);
    const last = events.at(-1)!;
    assert.equal(last.event, 'done');
    assert.equal((last.data as { runId?: string }).runId, runId);
    const log = events.filter((e) => e.event !== 'done' && e.event !== 'error');
    assert.ok(log.length >= 2, JSON.stringify(events));
    for (const e of log) if ('id' in e) assert.equal(e.data.eventType, e.event);
    assert.ok(!events.some((e) => e.event === 'error'), 'no event was refused by the runtime');
  });

  test('lastEventId resumes after that event', async () => {
    const runId = await runLens();
    const all: StreamRunEventsEvent[] = [];
    for await (const event of streamRunEvents({ runId })) all.push(event);
    const first = all[0];
    assert.ok('id' in first);
    const resumed: StreamRunEventsEvent[] = [];
    for await (const event of streamRunEvents({ runId }, { lastEventId: first.id })) resumed.push(event);
    assert.deepEqual(resumed, all.slice(1));
  });
});

describe('the runtime checks each streamed event against its item schema (development and test)', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 'ticks', version: '1' },
    paths: {
      '/ticks': {
        get: {
          operationId: 'ticks',
          responses: {
            '200': {
              description: 'ticks',
              content: {
                'text/event-stream': {
                  schema: { type: 'string' },
                  'x-item-schema': {
                    type: 'object',
                    required: ['event', 'data'],
                    properties: {
                      event: { const: 'tick' },
                      data: { type: 'string', contentMediaType: 'application/json', contentSchema: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };

  test('a conforming event is sent; the first one that does not match is not, and the stream ends with an error event', async () => {
    const spec = await loadSpecDocument(structuredClone(document));
    const handlers = {
      ticks: async () => ({
        status: 200,
        sse: async (stream: SseStream) => {
          stream.send({ event: 'tick', data: { n: 1 } });
          stream.send({ event: 'tick', data: { n: 'two' } });
          stream.send({ event: 'tick', data: { n: 3 } });
        },
      }),
    };
    const plugin = { slug: 'ticks', specFile: '', handlers, renderError: (e: { code: string }) => ({ code: e.code }) };
    const host = await createApiHost([{ plugin, spec: Promise.resolve(spec) }], {
      logger: createLogger('silent'),
      validateResponses: true,
      bodyLimitBytes: 1024,
      sseKeepAliveMs: 15_000,
      prefixed: false,
    });
    const res = await supertest(host.listener).get('/ticks');
    assert.equal(res.status, 200);
    assert.match(res.text, /event: tick\ndata: \{"n":1\}/);
    assert.doesNotMatch(res.text, /"two"|"n":3/);
    assert.match(res.text, /event: error\ndata: \{"code":"internal_error"/);
  });
});

describe('typed event streams: query parameters', () => {
  const doc = {
    openapi: '3.1.0',
    info: { title: 'feed', version: '1' },
    paths: {
      '/feeds/{feedId}/events': {
        get: {
          operationId: 'watchFeed',
          parameters: [
            { name: 'feedId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'since', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'kind', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
          ],
          responses: {
            '200': {
              description: 'events',
              content: { 'text/event-stream': { 'x-item-schema': { type: 'object', required: ['data'], properties: { data: { type: 'string' } } } } },
            },
          },
        },
      },
    },
  };

  test('the generated client sends path and query parameters, leaving unset ones out', async () => {
    const { listOperations } = await import('../../scripts/generate/operations.js');
    const { renderStreamClients } = await import('../../scripts/generate/stream-clients.js');
    // Written beside the generated clients' depth in the repository, so it shares this test's client settings.
    const source = await renderStreamClients(doc as never, listOperations(doc as never), '../../../src/client', 'feed');
    assert.ok(source);
    mkdirSync(join(repoRoot, '.cache'), { recursive: true });
    const dir = mkdtempSync(join(repoRoot, '.cache', 'streams-'));
    const file = join(dir, 'generated', 'streams.ts');
    mkdirSync(dirname(file));
    writeFileSync(file, source);
    const client = (await import(pathToFileURL(file).href)) as { watchFeed: (params: Record<string, unknown>) => AsyncGenerator<{ data: unknown }> };

    const seen: string[] = [];
    const sse = createHttpServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.end(`data: ${JSON.stringify(req.url)}\n\n`);
    });
    await new Promise<void>((resolve) => sse.listen(0, '127.0.0.1', resolve));
    try {
      configureClient({ apis: { feed: { baseUrl: `http://127.0.0.1:${(sse.address() as AddressInfo).port}` } } });
      const events = [];
      for await (const event of client.watchFeed({ feedId: 'a/b', since: '2026-11-30T00:00:00Z', kind: ['x', 'y z'], limit: undefined })) events.push(event);
      assert.deepEqual(seen, ['/feeds/a%2Fb/events?since=2026-11-30T00%3A00%3A00Z&kind=x&kind=y+z']);
      assert.equal(events.length, 1);
    } finally {
      configureClient({ apis: { feed: {} } });
      sse.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
