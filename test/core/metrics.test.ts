import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { Counter, Histogram, Registry } from 'prom-client';
import { loadConfig } from '../../src/config.js';
import { ServerMetrics } from '../../src/core/metrics/server-metrics.js';
import { JobQueue } from '../../src/queue/job-queue.js';
import { createServer, type Server } from '../../src/server.js';
import { executeDemoLens, waitForRunStatus } from '../lenserfight/support.js';
import { embeddedTemplate, startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';

/** The value of the sample `name` whose labels include `labels`, or undefined when there is none. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const found = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(m[3]);
  }
  return undefined;
}

async function scrape(server: { listener: http.RequestListener }): Promise<string> {
  const res = await new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
    const host = http.createServer(server.listener).listen(0, '127.0.0.1', () => {
      const { port } = host.address() as AddressInfo;
      http
        .get({ host: '127.0.0.1', port, path: '/metrics' }, (r) => {
          let text = '';
          r.setEncoding('utf8').on('data', (c: string) => (text += c));
          r.on('end', () => {
            host.close();
            resolve({ status: r.statusCode ?? 0, type: String(r.headers['content-type']), text });
          });
        })
        .on('error', reject);
    });
  });
  assert.equal(res.status, 200);
  assert.match(res.type, /^text\/plain; version=0\.0\.4/);
  return res.text;
}

/** Every line the logger writes, parsed. */
function captureLog() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, stream) };
}

let server: TestServer;
before(async () => {
  server = await startTestServer({ LOCAL_PROVIDER_DELAY_MS: '200', SSE_KEEPALIVE_MS: '100' });
});
after(() => server.close());

describe('GET /metrics', () => {
  test('counts each response by API, operation and status, and times it', async () => {
    const before = await scrape(server);
    const okBefore = sample(before, 'http_requests_total', { api: 'lenserfight', operation: 'getHealth', status: '200' }) ?? 0;
    const timedBefore = sample(before, 'http_request_duration_seconds_count', { api: 'lenserfight', operation: 'getHealth' }) ?? 0;
    for (let i = 0; i < 3; i++) assert.equal((await server.http.get('/lenserfight/health')).status, 200);
    const unauthorized = await server.http.get(`/lenserfight/v1/runs/${crypto.randomUUID()}`);
    assert.equal(unauthorized.status, 401);

    const text = await scrape(server);
    assert.equal(sample(text, 'http_requests_total', { api: 'lenserfight', operation: 'getHealth', status: '200' }), okBefore + 3);
    assert.ok((sample(text, 'http_requests_total', { api: 'lenserfight', operation: 'getRunStatus', status: '401' }) ?? 0) >= 1);
    assert.equal(sample(text, 'http_request_duration_seconds_count', { api: 'lenserfight', operation: 'getHealth' }), timedBefore + 3);
    assert.equal(sample(text, 'http_request_duration_seconds_bucket', { api: 'lenserfight', operation: 'getHealth', le: '+Inf' }), timedBefore + 3);
    const seconds = sample(text, 'http_request_duration_seconds_sum', { api: 'lenserfight', operation: 'getHealth' })!;
    assert.ok(seconds > 0 && seconds < 30, `latency sum ${seconds} s`);
    assert.ok(sample(text, 'process_resident_memory_bytes', {})! > 0, 'process metrics are exposed too');
  });

  test('a request no operation matches counts under a fixed label, never its path', async () => {
    const path = `/lenserfight/v1/no-such-thing-${uniqueUser()}`;
    const before = sample(await scrape(server), 'http_requests_total', { api: 'lenserfight', operation: '_unmatched', status: '404' }) ?? 0;
    assert.equal((await server.http.get(path)).status, 404);
    assert.equal((await server.http.delete('/lenserfight/health')).status, 405);
    const text = await scrape(server);
    assert.equal(sample(text, 'http_requests_total', { api: 'lenserfight', operation: '_unmatched', status: '404' }), before + 1);
    assert.ok(sample(text, 'http_requests_total', { api: 'lenserfight', operation: '_unmatched', status: '405' })! >= 1);
    assert.ok(!text.includes('no-such-thing'), 'the raw path is not a label');
  });

  // Before any other test starts a run, so no other job finishes while this one is counted. Other test files'
  // jobs are in their own queue schemas, so on a shared Postgres too only this server runs it.
  test('job outcomes: a LenserFight run is counted as a completed job of its queue', async () => {
    const completed = () => scrape(server).then((t) => sample(t, 'job_queue_jobs_total', { queue: 'lenserfight-runs', outcome: 'completed' }) ?? 0);
    const before = await completed();
    const user = uniqueUser();
    const run = await waitForRunStatus(server, user, await executeDemoLens(server, user));
    assert.equal(run.status, 'succeeded');
    await waitFor(async () => (await completed()) === before + 1);
  });

  test('open event streams go up while a stream is open and down when the client leaves', async () => {
    const user = uniqueUser();
    const runId = await executeDemoLens(server, user);
    const open = () => scrape(server).then((t) => sample(t, 'sse_streams_open', { api: 'lenserfight' }) ?? 0);
    const baseline = await open();
    const host = http.createServer(server.listener).listen(0, '127.0.0.1');
    await new Promise((resolve) => host.once('listening', resolve));
    const { port } = host.address() as AddressInfo;
    const req = http.get({ host: '127.0.0.1', port, path: `/lenserfight/v1/runs/${runId}/events`, headers: await server.auth(user) });
    try {
      const res = await new Promise<http.IncomingMessage>((resolve) => req.once('response', resolve));
      assert.equal(res.statusCode, 200);
      await new Promise((resolve) => res.once('data', resolve));
      assert.equal(await open(), baseline + 1);
    } finally {
      req.destroy();
      host.close();
    }
    await waitFor(async () => (await open()) === baseline);
  });

  test('job outcomes and queue depth of a queue of its own: completed, failed, and the jobs waiting', async () => {
    const metrics = new ServerMetrics({ queueDepthCacheMs: 0, processMetrics: false });
    const queue = new JobQueue(server.db.embedded ? server.db.knex : server.db.url, server.logger, { metrics: metrics.queue, pollingIntervalMs: 50 });
    const name = `metrics-test-${uniqueUser()}`;
    try {
      await queue.start([name]);
      for (const fail of [false, false, true]) await queue.send(name, { fail });
      const depth = async () => sample((await metrics.render()).body, 'job_queue_depth', { queue: name });
      assert.equal(await depth(), 3);
      const failing = new Set<string>();
      queue.work<{ fail: boolean }>(name, 1, async ({ fail }, job) => {
        if (!fail) return;
        failing.add(job.id);
        throw new Error('this job fails');
      });
      const outcome = async (o: string) => sample((await metrics.render()).body, 'job_queue_jobs_total', { queue: name, outcome: o }) ?? 0;
      await waitFor(async () => (await outcome('completed')) === 2 && (await outcome('failed')) >= 1);
      assert.equal(failing.size, 1);
    } finally {
      await queue.stop();
    }
  });

  test('webhook deliveries and WebSockets count through the hooks services are given', async () => {
    const metrics = new ServerMetrics({ processMetrics: false });
    let sockets = 2;
    metrics.connections.countWebsockets('orchestrator', () => sockets);
    metrics.webhooks.attempt('hybrid', 'delivered');
    metrics.webhooks.attempt('hybrid', 'delivered');
    metrics.webhooks.attempt('hybrid', 'retrying');
    let text = (await metrics.render()).body;
    assert.equal(sample(text, 'websocket_connections', { api: 'orchestrator' }), 2);
    assert.equal(sample(text, 'webhook_deliveries_total', { api: 'hybrid', outcome: 'delivered' }), 2);
    assert.equal(sample(text, 'webhook_deliveries_total', { api: 'hybrid', outcome: 'retrying' }), 1);
    sockets = 0;
    text = (await metrics.render()).body;
    assert.equal(sample(text, 'websocket_connections', { api: 'orchestrator' }), 0);
  });
});

describe('a second server in the same process', () => {
  let logged: ReturnType<typeof captureLog>;
  let second: Server;
  before(async () => {
    logged = captureLog();
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', SSE_POLL_MS: '50' });
    second = await createServer({ config, persistent: false, embeddedTemplate, logger: logged.logger });
  });
  after(() => second.close());

  test('two servers in one process keep separate registries', async () => {
    assert.notEqual(server.metrics.registry, second.metrics.registry);
    const count = async (s: { listener: http.RequestListener }) =>
      sample(await scrape(s), 'http_requests_total', { api: 'lenserfight', operation: 'getHealth', status: '200' }) ?? 0;
    const [firstBefore, secondBefore] = [await count(server), await count(second)];
    assert.equal((await server.http.get('/lenserfight/health')).status, 200);
    assert.equal(await count(server), firstBefore + 1);
    assert.equal(await count(second), secondBefore);
  });

  test('one info line per request: request id, API, operation, status and duration', async () => {
    const requestId = `log-test-${Date.now()}`;
    const host = http.createServer(second.listener).listen(0, '127.0.0.1');
    await new Promise((resolve) => host.once('listening', resolve));
    const { port } = host.address() as AddressInfo;
    try {
      const status = await new Promise<number>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: '/lenserfight/health', headers: { 'X-Request-Id': requestId } }, (r) => {
            r.resume();
            r.on('end', () => resolve(r.statusCode ?? 0));
          })
          .on('error', reject);
      });
      assert.equal(status, 200);
    } finally {
      host.close();
    }
    const lines = await waitFor(async () => {
      const found = logged.lines.filter((l) => l.requestId === requestId && l.msg === 'request');
      return found.length > 0 && found;
    });
    assert.equal(lines.length, 1);
    const [line] = lines;
    assert.equal(line.level, 30, 'info');
    assert.equal(line.api, 'lenserfight');
    assert.equal(line.operation, 'getHealth');
    assert.equal(line.status, 200);
    assert.equal(typeof line.durationMs, 'number');
    assert.ok((line.durationMs as number) >= 0 && (line.durationMs as number) < 30_000);
  });
});

describe('request metrics', () => {
  test('render exactly as prom-client renders the same requests through its own counter and histogram', async () => {
    const ours = new ServerMetrics({ processMetrics: false });
    const reference = new Registry();
    const counter = new Counter({ name: 'http_requests_total', help: 'Responses sent by the APIs, by API, operation and status', labelNames: ['api', 'operation', 'status'], registers: [reference] });
    const histogram = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from a request reaching its API to its response (or, for an event stream, its headers) being handed to the socket',
      labelNames: ['api', 'operation'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [reference],
    });
    const requests: [string, number, number][] = [
      ['getItem', 200, 0.0004], ['getItem', 200, 0.0005], ['getItem', 404, 0.003], ['createItem', 201, 0.7], ['createItem', 400, 12], ['getItem', 200, 0.01],
    ];
    const operations = { getItem: ours.http.operation('bench', 'getItem'), createItem: ours.http.operation('bench', 'createItem') };
    ours.http.operation('bench', 'neverCalled');
    for (const [operation, status, seconds] of requests) {
      operations[operation as keyof typeof operations].record(status, seconds);
      counter.inc({ api: 'bench', operation, status: String(status) });
      histogram.observe({ api: 'bench', operation }, seconds);
    }
    const httpLines = (text: string) => text.split('\n').filter((line) => line.includes('http_request')).sort();
    assert.deepEqual(httpLines(await ours.registry.metrics()), httpLines(await reference.metrics()));
    // A second scrape adds nothing that was not requested in between.
    operations.getItem.record(200, 0.0001);
    counter.inc({ api: 'bench', operation: 'getItem', status: '200' });
    histogram.observe({ api: 'bench', operation: 'getItem' }, 0.0001);
    assert.deepEqual(httpLines(await ours.registry.metrics()), httpLines(await reference.metrics()));
    assert.deepEqual(await ours.registry.getMetricsAsJSON().then((all) => all.map((m) => m.name).filter((n) => n.startsWith('http_'))), ['http_requests_total', 'http_request_duration_seconds']);
  });
});
