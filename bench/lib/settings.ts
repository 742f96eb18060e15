// Paths and the BENCH_* settings (read once from the environment) shared by the benchmark's modules;
// importing it creates the log and results directories.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BENCH = join(ROOT, 'bench');
export const CACHE = join(BENCH, '.cache');
export const LOGS = join(CACHE, 'logs');
export const RESULTS = join(BENCH, 'results');
export const CREATED_DBS = join(CACHE, 'created-dbs.txt');
export const RUNNING_PIDS = join(CACHE, 'running-pids.txt');
export const GITHUB_SPEC = join(CACHE, 'api.github.com.json');
export const WRK_SCRIPT = join(BENCH, 'wrk', 'request.lua');

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const WARMUP = Math.max(1, Math.round(SECONDS / 3));
/**
 * Before every measured round as well: a server left idle while the other rows ran has had its heap shrunk
 * by V8's memory reducer (young generation back to a few MB, twice the scavenges until it grows again) and code
 * that embedded objects it collected deoptimized, and its first seconds under load would measure that recovery
 * rather than the server.
 */
export const REWARM = Math.max(1, Math.round(SECONDS / 5));
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** The ratio targets' alternation (measure.ts `alternate`): slices of the framework, each between two of fastify's. */
export const SLICES = Number(process.env.BENCH_SLICES ?? 7);
export const SLICE_SECONDS = Number(process.env.BENCH_SLICE_SECONDS ?? 2);
/**
 * Pairs of slices an alternation serves before the ones it counts. Its two rows do not come to it alike: the
 * framework has just been alternated with fastify while framework-github sat idle for a minute or more, and a
 * node:http server back from an idle spell serves 65-90 % of its pace for its first 2-8 s under load (V8's memory
 * reducer shrank its heap and deoptimized code; see REWARM), whichever spec it holds: with the small spec's process
 * the one left idle, its first slice measured 0.83x the GitHub one's. One pair of slices, as before, left GitHub's
 * slices judging that recovery rather than the spec.
 */
export const SETTLE_SLICES = Number(process.env.BENCH_SETTLE_SLICES ?? 3);
/**
 * Then the framework and fastify both left idle this long, as a server is between busy spells, and alternated again
 * on GET with no warm-up but the alternation's own first slices: long enough for V8's memory reducer to run (it
 * once left node:http servers 20-30 % slower for good; see src/core/tick-object-pin.ts). 0 skips it.
 */
export const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 120);
/** The alternation after the idle spell, as it is named in the report. */
export const AFTER_IDLE = 'framework after idle';
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
export const SERVER_CPU = process.env.BENCH_SERVER_CPU ?? '0';
export const CLIENT_CPU = process.env.BENCH_CLIENT_CPU ?? '1';
/** Five starts a row: on this VM one start of the same bundle can take half again the others' time, which a median of three can land on. */
export const STARTUP_RUNS = 5;
export const SSE_RUNS = Number(process.env.BENCH_SSE_RUNS ?? 100);
export const SSE_PER_RUN = Number(process.env.BENCH_SSE_STREAMS_PER_RUN ?? 100);
export const WS_PUBLISHERS = Number(process.env.BENCH_WS_PUBLISHERS ?? 100);
export const WS_PER_PUBLISHER = Number(process.env.BENCH_WS_SOCKETS_PER_PUBLISHER ?? 100);
export const RETRY_WAIT_MS = Number(process.env.BENCH_RETRY_WAIT_S ?? 60) * 1000;
export const PHASES = new Set((process.env.BENCH_PHASES ?? 'http,db,startup,sse,websocket,executions').split(','));
export const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
export const HOST = '127.0.0.1';
export const ITEM_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
export const ITEM_BODY = JSON.stringify({ name: 'bench item', price: 9.5, tags: ['a', 'b'] });
export const LENS_ID = '5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01';
export const TSX = ['--import', 'tsx'];

mkdirSync(LOGS, { recursive: true });
mkdirSync(RESULTS, { recursive: true });

/**
 * The secrets `npm start` refuses to run without in production, beside JWT_SECRET (which each phase chooses so
 * it can sign its own tokens): fresh for each bench process.
 */
export function productionSecrets(): NodeJS.ProcessEnv {
  return { TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'), HYBRID_WEBHOOK_SECRET: randomBytes(32).toString('hex') };
}
