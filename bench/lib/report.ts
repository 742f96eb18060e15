// The report: ratios between rows, the targets, the markdown written to latest.md and the rows for latest.json.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { notes } from './bookkeeping.js';
import { median } from './measure.js';
import { alternations, cpuNotes, extra, measuredAll, rows } from './rows.js';
import { websocketNote } from './websocket-note.js';
import { AFTER_IDLE, CLIENT_CPU, IDLE_SECONDS, CONNECTIONS, REWARM, ROUNDS, SECONDS, SERVER_CPU, SETTLE_SLICES, SLICE_SECONDS, SLICES, SSE_RUNS, STARTUP_RUNS, WARMUP } from './settings.js';

export function ratios() {
  for (const r of rows) {
    if (r.rps === null || !Number.isFinite(r.rps)) continue;
    const raw = rows.find((x) => x.row === 'raw' && x.op === r.op)?.rps;
    const fastify = rows.find((x) => x.row === 'fastify' && x.op === r.op)?.rps;
    r.vsRaw = raw ? r.rps / raw : null;
    r.vsFastify = fastify ? r.rps / fastify : null;
  }
}

const round = (v: number | null, digits: number) => (v === null || !Number.isFinite(v) ? null : Number(v.toFixed(digits)));
const fmtInt = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : Math.round(v).toLocaleString('en-US'));
const fmt = (v: number | null, digits = 2) => (v === null || !Number.isFinite(v) ? '' : v.toFixed(digits));
const fmtX = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : `${v.toFixed(2)}×`);

function find(row: string, op: string) {
  return rows.find((r) => r.row === row && r.op === op);
}

/**
 * The median over rounds of a/b, each ratio taken within one round: rows measured minutes apart drift with
 * the machine (this VM moves ±15 % between minutes), rows measured in the same round much less.
 */
/** How many slices an alternation's median is of, and their spread. */
const alternationRange = (values: number[]) => `median of ${values.length} slices, ${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}×`;

function pairedRatio(a: string, b: string, op: string, metric: 'rps' | 'p99'): number | null {
  const of = (row: string) => measuredAll.find((m) => m.row === row && m.op === op)?.samples ?? [];
  const other = new Map(of(b).map((s) => [s.round, s[metric]]));
  const ratios = of(a).flatMap((s) => (other.get(s.round) ? [s[metric] / other.get(s.round)!] : []));
  return ratios.length ? median(ratios) : null;
}

/** The alternation run after the framework and fastify both sat idle (BENCH_IDLE_SECONDS), when it ran. */
const afterIdle = () => alternations.find((a) => a.row === AFTER_IDLE && a.baseline === 'fastify');

type Target = { target: string; measured: string; met: boolean | null; gap: string };
function targets(): Target[] {
  const out: Target[] = [];
  for (const op of ['GET /items/{id}', 'POST /items']) {
    const fw = find('framework', op);
    const fa = find('fastify', op);
    const alternation = alternations.find((a) => a.row === 'framework' && a.baseline === 'fastify' && a.op === op);
    const rounds1 = pairedRatio('framework', 'fastify', op, 'rps');
    const r1 = alternation ? median(alternation.rps) : rounds1;
    out.push({
      target: `framework ${op} ≥ 0.8× fastify req/s`,
      measured: r1 === null ? 'n/a' : `${r1.toFixed(2)}×${alternation ? ` alternating (${alternationRange(alternation.rps)}); rounds ${fmtX(rounds1)}` : ''} (medians ${fmtInt(fw!.rps)} vs ${fmtInt(fa!.rps)})`,
      met: r1 === null ? null : r1 >= 0.8,
      gap: r1 === null || r1 >= 0.8 ? '' : `needs ${(0.8 / r1).toFixed(2)}× the req/s`,
    });
    const rounds2 = pairedRatio('framework', 'fastify', op, 'p99');
    const r2 = alternation ? median(alternation.p99) : rounds2;
    out.push({
      target: `framework ${op} p99 ≤ 2× fastify's`,
      measured: r2 === null ? 'n/a' : `${r2.toFixed(2)}×${alternation ? ` alternating (${alternationRange(alternation.p99)}); rounds ${fmtX(rounds2)}` : ''} (${fmt(fw!.p99)} vs ${fmt(fa!.p99)} ms)`,
      met: r2 === null ? null : r2 <= 2,
      gap: r2 === null || r2 <= 2 ? '' : `p99 ${(r2 / 2).toFixed(2)}× too high`,
    });
    const r3 = pairedRatio('framework', 'naive', op, 'rps');
    const fastifyOverNaive = pairedRatio('fastify', 'naive', op, 'rps');
    const rawOverNaive = pairedRatio('raw', 'naive', op, 'rps');
    const ceilings = [fastifyOverNaive === null ? '' : `fastify itself: ${fastifyOverNaive.toFixed(2)}×`, rawOverNaive === null ? '' : `raw node:http: ${rawOverNaive.toFixed(2)}×`].filter(Boolean);
    out.push({
      target: `framework ${op} ≥ 10× naive req/s`,
      measured: r3 === null ? 'n/a' : `${r3.toFixed(2)}×${ceilings.length ? ` (${ceilings.join(', ')})` : ''}`,
      met: r3 === null ? null : r3 >= 10,
      gap: r3 === null || r3 >= 10 ? '' : `needs ${(10 / r3).toFixed(2)}× the req/s`,
    });
    const githubAlternation = alternations.find((a) => a.row === 'framework-github' && a.baseline === 'framework' && a.op === op);
    const rounds4 = pairedRatio('framework-github', 'framework', op, 'rps');
    const r4 = githubAlternation ? median(githubAlternation.rps) : rounds4;
    out.push({
      target: `framework-github ${op} ≥ 0.9× framework req/s`,
      measured: r4 === null ? 'n/a' : `${r4.toFixed(2)}×${githubAlternation ? ` alternating (${alternationRange(githubAlternation.rps)}); rounds ${fmtX(rounds4)}` : ''}`,
      met: r4 === null ? null : r4 >= 0.9,
      gap: r4 === null || r4 >= 0.9 ? '' : `needs ${(0.9 / r4).toFixed(2)}× the req/s`,
    });
  }
  const idle = afterIdle();
  if (idle) {
    const r = median(idle.rps);
    out.push({
      target: `framework GET /items/{id} after ${IDLE_SECONDS} s idle ≥ 0.8× fastify after the same idle (for reference)`,
      measured: `${r.toFixed(2)}× alternating (${alternationRange(idle.rps)})`,
      met: r >= 0.8,
      gap: r >= 0.8 ? '' : `needs ${(0.8 / r).toFixed(2)}× the req/s`,
    });
  }
  const sg = find('startup', "GitHub's spec + bench API (framework.ts)")?.p50 ?? null;
  out.push({ target: "start-up with GitHub's spec < 2 s", measured: sg === null ? 'n/a' : `${Math.round(sg)} ms`, met: sg === null ? null : sg < 2000, gap: sg === null || sg < 2000 ? '' : `${(sg / 2000).toFixed(2)}× over` });
  for (const op of ['all five specs, framework only (framework.ts, no database)', 'all five specs, PGlite (existing DATA_DIR)', 'all five specs, PGlite (fresh DATA_DIR)']) {
    const ms = find('startup', op)?.p50 ?? null;
    out.push({ target: `start-up with ${op} < 1 s`, measured: ms === null ? 'n/a' : `${Math.round(ms)} ms`, met: ms === null ? null : ms < 1000, gap: ms === null || ms < 1000 ? '' : `${(ms / 1000).toFixed(2)}× over` });
  }
  // Judged on the starts after the first: the first start after a build compiles the bundle without a code cache.
  const cold = find('startup', 'all five specs, PGlite (existing DATA_DIR), no code cache')?.p50 ?? null;
  if (cold !== null) out.push({ target: 'start-up with all five specs, PGlite (existing DATA_DIR), no code cache < 1 s (for reference)', measured: `${Math.round(cold)} ms`, met: cold < 1000, gap: cold < 1000 ? '' : `${(cold / 1000).toFixed(2)}× over` });
  const s5pg = find('startup', 'all five specs, Postgres (fresh DB)')?.p50 ?? null;
  if (s5pg !== null) out.push({ target: 'start-up with all five specs < 1 s (Postgres, fresh DB; for reference)', measured: `${Math.round(s5pg)} ms`, met: s5pg < 1000, gap: s5pg < 1000 ? '' : `${(s5pg / 1000).toFixed(2)}× over` });
  const rdb = pairedRatio('framework-db', 'pg-handwritten', 'GET /runs/{id}', 'rps');
  out.push({ target: 'framework-db ≥ 0.8× pg-handwritten req/s', measured: rdb === null ? 'n/a' : `${rdb.toFixed(2)}×`, met: rdb === null ? null : rdb >= 0.8, gap: rdb === null || rdb >= 0.8 ? '' : `needs ${(0.8 / rdb).toFixed(2)}× the req/s` });
  const sse = rows.find((r) => r.row === 'sse');
  const rss = sse?.rssMiB ?? null;
  out.push({ target: 'SSE: 10,000 streams, server RSS < 1 GiB', measured: rss === null ? 'n/a' : `${rss.toFixed(0)} MiB`, met: rss === null ? null : rss < 1024, gap: rss === null || rss < 1024 ? '' : `${(rss / 1024).toFixed(2)}× over` });
  const p99 = sse?.p99 ?? null;
  out.push({ target: 'SSE: p99 delivery < 200 ms', measured: p99 === null ? 'n/a' : `${p99.toFixed(0)} ms`, met: p99 === null ? null : p99 < 200, gap: p99 === null || p99 < 200 ? '' : `${(p99 / 200).toFixed(2)}× over` });
  return out;
}

export function render(startedAt: Date): string {
  const lines: string[] = [];
  lines.push('| row | op | req/s | p50 ms | p99 ms | RSS MiB | ×raw | ×fastify |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const isMs = r.row === 'startup';
    lines.push(`| ${r.row} | ${r.op} | ${fmtInt(r.rps)} | ${isMs ? fmtInt(r.p50) : fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.rssMiB, 1)} | ${fmtX(r.vsRaw)} | ${fmtX(r.vsFastify)} |`);
  }
  const cpuModel = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const nproc = execFileSync('nproc').toString().trim();
  const wrkVersion = (() => {
    try {
      return execFileSync('wrk', ['-v'], { stdio: ['ignore', 'pipe', 'pipe'] }).toString().split('\n')[0];
    } catch (err) {
      return ((err as { stdout?: Buffer }).stdout?.toString() ?? '').split('\n')[0] || 'wrk';
    }
  })();
  lines.push('');
  lines.push('## Notes');
  lines.push('');
  lines.push(
    `- Machine: ${nproc} cores (\`nproc\`), ${cpuModel}; Node ${process.version}; ${wrkVersion.trim()}; run started ${startedAt.toISOString()}, finished ${new Date().toISOString()}.`,
  );
  lines.push(
    `- BENCH_SECONDS=${SECONDS} per measurement, warm-up ${WARMUP} s per row and op, ${ROUNDS} interleaved rounds (row order rotated each round; ${REWARM} s of warm-up again before each measurement), medians shown. Servers pinned to core ${SERVER_CPU}, wrk (\`-t1 -c${CONNECTIONS}\`, \`bench/wrk/request.lua\`) to core ${CLIENT_CPU}. RSS is the server's VmRSS right after each of its measurements (median). Every server runs with NODE_ENV=production (the framework: no response validation).`,
  );
  lines.push(
    "- Same checks everywhere: each server is smoke-tested before it is measured (200/201 shapes, 400 for a bad uuid, for `\"price\":\"5\"`, `\"name\":123`, an extra property and malformed JSON, 401 without the key). fastify: its ajv runs with `coerceTypes: false` and `removeAdditional: false` (fastify's defaults are `coerceTypes: 'array'`, which turns `\"5\"` into 5, and `removeAdditional: true`, which strips unknown properties instead of rejecting them), and its `text/plain` parser is removed so non-JSON bodies get 415 as in the framework; ajv-formats stays on. naive: express 5 + `express.json()` + openapi-backend 5 as its README wires it (validationFail → 400, a registered apiKey security handler + unauthorizedHandler → 401, ajv-formats via customizeAjv); the YAML's `info.license.identifier` is dropped before it is handed over, because openapi-backend's 3.0 definition check refuses that 3.1 field.",
  );
  lines.push(
    '- `framework` is `bench/servers/framework.ts` (the bench spec mounted through the plug-in path at /bench); `framework-github` the same process with `@octokit/openapi@23.0.2` `api.github.com.json` mounted beside it at /github. `framework-db` is `src/main.ts` on a fresh Postgres database, measured on GET /lenserfight/v1/runs/{id} of one prepared (succeeded) run with 2 artifacts, against `pg-handwritten` (node:http + pg Pool of 10 + jose HS256, the same two queries and envelope); both get the same JWT_SECRET and token. Postgres itself is not pinned and shares both cores.',
  );
  lines.push(`- startup: process start (spawn of \`taskset … node dist/…\`, the ahead-of-time bundle \`npm start\` runs, built by \`npm run build\` before the run; \`dist/main.cjs\` with the code cache an untimed first start of the same bundle wrote, except in the row that says otherwise) to the first 200, polled every 10 ms; median of ${STARTUP_RUNS} in the p50 column, RSS at that moment.`);
  if (extra.startup) lines.push(`- startup samples (ms): ${Object.entries(extra.startup as Record<string, number[]>).map(([k, v]) => `${k}: ${v.map((x) => Math.round(x)).join(', ')}`).join('; ')}.`);
  if (extra.sse) {
    const s = extra.sse as Record<string, any>;
    lines.push(
      `- sse: \`src/main.ts\` on a fresh Postgres database (SSE_POLL_MS default 200), ${s.streams} streams over ${SSE_RUNS} runs inserted as \`running\`, opened by \`bench/sse-client.ts\` (node:http, pinned to core ${CLIENT_CPU}) in ${(s.connectMs / 1000).toFixed(1)} s (${s.failed} failed). Then ${s.eventsInserted} \`run.progress\` events inserted into lf_run_events (1 per run per second, evenly spread, over ${s.insertSeconds.toFixed(1)} s); delay = arrival at the client − the event's occurredAt: p50 ${fmt(s.delays.p50, 0)} ms, p90 ${fmt(s.delays.p90, 0)} ms, p99 ${fmt(s.delays.p99, 0)} ms, max ${fmt(s.delays.max, 0)} ms over ${s.deliveries} deliveries (expected ${s.expectedDeliveries}). Then \`run.succeeded\` per run: ${s.complete} of ${s.streams} streams got every event once, the terminal event and \`done\`; ${s.lost} events lost, ${s.repeated} repeated, ${s.withDone} streams ended with done. Server RSS: ${fmt(s.rssIdleMiB, 0)} MiB before the streams, ${fmt(s.rssConnectedMiB, 0)} MiB with all open, max ${fmt(s.rssMaxMiB, 0)} MiB during the events (the table's value); CPU during the event phase: server ${(s.serverCpu * 100).toFixed(0)} %, client ${(s.clientCpu * 100).toFixed(0)} %.${Object.keys(s.errors).length ? ` Stream errors: ${JSON.stringify(s.errors)}.` : ''}`,
    );
  }
  if (extra.websocket) lines.push(websocketNote(extra.websocket as Record<string, any>));
  lines.push('');
  lines.push('### CPU per measurement (medians) and the rounds');
  lines.push('');
  lines.push(
    `Server CPU is the server process's own user+system time over the measurement; core ${SERVER_CPU} busy is the whole core from /proc/stat (the server plus the kernel's loopback work charged to it, Postgres, anything else on the machine). A server near 100 % is CPU-bound; wrk near 100 % would mean the load generator set the pace.`,
  );
  lines.push('');
  lines.push(`| row | op | server CPU | core ${SERVER_CPU} busy | wrk CPU | core ${CLIENT_CPU} busy | postgres CPU | req/s per round | errors |`);
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  lines.push(...cpuNotes);
  lines.push('');
  lines.push('### Targets (issue 3)');
  lines.push('');
  lines.push(`Ratios between rows are paired: taken within each round, where both rows ran minutes apart at most, and the median over rounds is shown (the table above divides medians of different rounds). The framework-to-fastify and GitHub-to-framework targets are judged on a closer pairing when it ran: after the rounds, ${SLICES} slices of the framework (of framework-github) of ${SLICE_SECONDS} s each, every one between two of fastify's (of the framework's), each set against the mean of its two neighbours, after ${SETTLE_SLICES} pairs of slices not counted (the GitHub process comes to its alternation from a minute or more idle, the framework from its alternation with fastify); the median over slices is judged, and the rounds' ratio is shown beside it.${afterIdle() ? ` The same alternation on GET ran once more after the framework and fastify had both been left idle for ${IDLE_SECONDS} s, with one pair of slices not counted, so that it shows their recovery.` : ''}`);
  lines.push('');
  lines.push('| target | measured | met | gap |');
  lines.push('| --- | --- | --- | --- |');
  for (const t of targets()) lines.push(`| ${t.target} | ${t.measured} | ${t.met === null ? 'n/a' : t.met ? 'met' : 'not met'} | ${t.gap} |`);
  if (notes.length) {
    lines.push('');
    lines.push('### Warnings');
    lines.push('');
    for (const n of notes) lines.push(`- ${n}`);
  }
  return lines.join('\n');
}

/** The rows as written to latest.json. */
export function jsonRows() {
  return rows.map((r) => ({
    row: r.row,
    op: r.op,
    rps: round(r.rps, 1),
    p50: round(r.p50, 3),
    p99: round(r.p99, 3),
    rssMiB: round(r.rssMiB, 1),
    vsRaw: round(r.vsRaw, 3),
    vsFastify: round(r.vsFastify, 3),
  }));
}
