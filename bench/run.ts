// `npm run bench` (through bench/run.sh, which installs wrk, raises the open-files limit and fetches GitHub's
// spec). Every server runs pinned to one core (BENCH_SERVER_CPU, 0) and wrk, or the SSE client, to the other
// (BENCH_CLIENT_CPU, 1). Each row is warmed up, then measured in BENCH_ROUNDS interleaved rounds; the table
// shows medians. Only 127.0.0.1 is ever contacted.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { log } from './lib/bookkeeping.js';
import { cleanup } from './lib/cleanup.js';
import { jsonRows, ratios, render } from './lib/report.js';
import { rows } from './lib/rows.js';
import { PHASES, RESULTS, ROUNDS, SECONDS, WARMUP } from './lib/settings.js';
import { dbPhase } from './phases/db.js';
import { executionsPhase } from './phases/executions.js';
import { httpPhase } from './phases/http.js';
import { ssePhase } from './phases/sse.js';
import { startupPhase } from './phases/startup.js';
import { websocketPhase } from './phases/websocket.js';

const startedAt = new Date();
log(`BENCH_SECONDS=${SECONDS} (warm-up ${WARMUP} s), ${ROUNDS} rounds, phases: ${[...PHASES].join(', ')}`);
try {
  if (PHASES.has('http')) await httpPhase();
  if (PHASES.has('db')) await dbPhase();
  if (PHASES.has('startup')) await startupPhase();
  if (PHASES.has('sse')) await ssePhase();
  if (PHASES.has('websocket')) await websocketPhase();
  if (PHASES.has('executions')) await executionsPhase();
} finally {
  await cleanup();
}
ratios();
const table = render(startedAt);
const json = jsonRows();
const header = `# Benchmark results\n\n\`npm run bench\`, ${startedAt.toISOString().slice(0, 10)}.\n\n`;
// A run of phases that make no table rows (the executions phase writes its own file) keeps the last full results.
if (rows.length > 0) {
  writeFileSync(join(RESULTS, 'latest.md'), `${header}${table}\n`);
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`\n${table}\n\nwritten: bench/results/latest.md, bench/results/latest.json\n`);
}
