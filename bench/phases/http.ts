// The HTTP rows: the bench API's two item ops on raw node:http, fastify, the naive stack and the framework
// (alone and with GitHub's spec beside it).
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { children, log, warn } from '../lib/bookkeeping.js';
import { alternate, interleave, type Candidate, type Op } from '../lib/measure.js';
import { request, startServer, stopProcess, type Reply, type Server } from '../lib/processes.js';
import { addMeasured, alternations, failedRow } from '../lib/rows.js';
import { AFTER_IDLE, GITHUB_SPEC, IDLE_SECONDS, ITEM_BODY, ITEM_ID, SLICE_SECONDS, SLICES, TSX } from '../lib/settings.js';

const itemOps = (base: string): Op[] => [
  { name: 'GET /items/{id}', method: 'GET', path: `${base}/items/${ITEM_ID}`, headers: { 'X-Api-Key': 'bench-key' } },
  { name: 'POST /items', method: 'POST', path: `${base}/items`, body: ITEM_BODY, headers: { 'X-Api-Key': 'bench-key' } },
];

/** Checks that a server answers the bench API as the framework does, so every row does the same work. */
async function smokeCheck(server: Server, prefix: string): Promise<string[]> {
  const key = { 'X-Api-Key': 'bench-key' };
  const problems: string[] = [];
  const expect = async (what: string, status: number, reply: Promise<Reply>, check?: (body: any) => boolean) => {
    const r = await reply;
    let ok = r.status === status;
    if (ok && check) {
      try {
        ok = check(JSON.parse(r.body));
      } catch {
        ok = false;
      }
    }
    if (!ok) problems.push(`${what}: got ${r.status} ${r.body.slice(0, 120)}`);
  };
  const url = server.base + prefix;
  await expect('GET', 200, request('GET', `${url}/items/${ITEM_ID}`, key), (b) => b.id === ITEM_ID && b.name === 'bench item' && b.price === 9.5);
  await expect('GET bad uuid', 400, request('GET', `${url}/items/not-a-uuid`, key), (b) => typeof b.error === 'string');
  await expect('GET no key', 401, request('GET', `${url}/items/${ITEM_ID}`), (b) => typeof b.error === 'string');
  await expect('POST', 201, request('POST', `${url}/items`, key, ITEM_BODY), (b) => /^[0-9a-f-]{36}$/.test(b.id) && b.name === 'bench item' && b.tags.length === 2);
  await expect('POST price "5" (no coercion)', 400, request('POST', `${url}/items`, key, '{"name":"x","price":"5"}'));
  await expect('POST name 123 (no coercion)', 400, request('POST', `${url}/items`, key, '{"name":123,"price":5}'));
  await expect('POST extra property', 400, request('POST', `${url}/items`, key, '{"name":"x","price":5,"extra":1}'));
  await expect('POST bad JSON', 400, request('POST', `${url}/items`, key, '{"name":'));
  await expect('POST no key', 401, request('POST', `${url}/items`, {}, ITEM_BODY));
  if (prefix === '/bench') {
    // The framework rows are measured with metrics on: the requests above must show at its /metrics.
    const metrics = await request('GET', `${server.base}/metrics`);
    if (metrics.status !== 200 || !metrics.body.includes('http_requests_total{api="bench",operation="getItem",status="200"}')) {
      problems.push(`GET /metrics: got ${metrics.status} without the bench API's request counts`);
    }
  }
  return problems;
}

export async function httpPhase() {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  const specs: { row: string; file: string; prefix: string; env?: NodeJS.ProcessEnv }[] = [
    { row: 'raw', file: 'bench/servers/raw.ts', prefix: '' },
    { row: 'fastify', file: 'bench/servers/fastify.ts', prefix: '' },
    { row: 'naive', file: 'bench/servers/naive.ts', prefix: '' },
    { row: 'framework', file: 'bench/servers/framework.ts', prefix: '/bench' },
    { row: 'framework-github', file: 'bench/servers/framework.ts', prefix: '/bench', env: { BENCH_GITHUB_SPEC: GITHUB_SPEC } },
  ];
  const candidates: Candidate[] = [];
  try {
    for (const s of specs) {
      try {
        if (s.row === 'framework-github' && !existsSync(GITHUB_SPEC)) throw new Error(`${GITHUB_SPEC} is missing (bench/run.sh fetches it)`);
        const start = () =>
          startServer(s.row, [...TSX, s.file], { ...env, ...s.env }, (base) => ({
            url: `${base}${s.prefix}/items/${ITEM_ID}`,
            headers: { 'X-Api-Key': 'bench-key' },
          }));
        const server = await start();
        const problems = await smokeCheck(server, s.prefix);
        if (problems.length) warn(`${s.row} answers differently from the framework: ${problems.join('; ')}`);
        candidates.push({ row: s.row, server, ops: itemOps(s.prefix), restart: start });
      } catch (err) {
        for (const op of itemOps('')) failedRow(s.row, op.name, err);
      }
    }
    addMeasured(await interleave(candidates));
    // The ratio targets between two servers, each measured on alternating slices (measure.ts `alternate`).
    const row = (name: string) => candidates.find((c) => c.row === name);
    for (const [measured, baseline] of [['framework', 'fastify'], ['framework-github', 'framework']]) {
      const a = row(measured);
      const b = row(baseline);
      if (!a || !b || SLICES <= 0) continue;
      for (const op of itemOps('')) {
        const alternation = await alternate(a, b, op.name, SLICES, SLICE_SECONDS);
        if (alternation) alternations.push(alternation);
      }
    }
    const framework = row('framework');
    const fastify = row('fastify');
    if (framework && fastify && SLICES > 0 && IDLE_SECONDS > 0) {
      log(`framework and fastify idle for ${IDLE_SECONDS} s`);
      await sleep(IDLE_SECONDS * 1000);
      const alternation = await alternate(framework, fastify, 'GET /items/{id}', SLICES, SLICE_SECONDS, { settle: 1, label: AFTER_IDLE });
      if (alternation) alternations.push(alternation);
    }
  } finally {
    for (const c of candidates) await stopProcess(c.server.child);
    for (const child of [...children.values()]) if (child !== undefined) await stopProcess(child);
  }
}
