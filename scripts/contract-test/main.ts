import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { allModules } from '../../src/apis/index.js';
import { loadConfig } from '../../src/config.js';
import { createServer, type Server } from '../../src/server.js';
import { repoRoot } from '../generate/paths.js';
import { embeddedTemplateOfAllApis } from '../embedded-template.js';
import { loadAnySpec } from './load-any-spec.js';
import { Credentials } from './credentials.js';
import { runContractTest, type Report } from './runner.js';

const USAGE = `npm run contract-test -- (--api <slug> | --spec <file or slug> --base-url <url>) [options]

  --api <slug>          boot this project's API in-process (embedded database in memory, 127.0.0.1, a random
                        port, a minted bearer token) and test it
  --spec <file|slug>    the spec: an openapi.yaml/.json file (3.0 or 3.1), or one of this project's slugs
  --base-url <url>      where the spec's paths start on the server under test, e.g. http://127.0.0.1:8787/lenserfight
  --auth <value>        the Authorization header to send, e.g. 'Bearer eyJ...'
  --header <name: value>
                        another header to send with every request, e.g. 'X-Api-Key: abc' (repeatable); like
                        --auth, its value is kept out of the report ($X_API_KEY in the curl lines)
  --value <name=value>  every parameter and top-level body property named <name> takes this value (repeatable),
                        for a field the server checks against the caller or its data, e.g. --value userId=alice when
                        bodies must name the token's subject; a value that is a JSON array or object is sent as
                        that (--value 'models=["m1"]'); the value must fit the field's schema
  --seed <n>            the same seed sends the same requests (default 1)
  --max-requests <n>    stop after about this many requests (default 500)
  --time-limit <s>      stop generating after this many seconds (default 60)
  --include <regex>     only operationIds matching
  --exclude <regex>     skip operationIds matching
  --report <file>       the JSON report (default .contract-test/<name>.json)`;

/**
 * The in-process server's rate limits, raised so a run of thousands of requests tests the operations rather than
 * their 429 (the limits themselves have their own tests). Variables set in the environment win.
 */
const IN_PROCESS_LIMITS = {
  RUN_RATE_LIMIT_PER_MINUTE: '1000000',
  HYBRID_RATE_LIMIT_PER_MINUTE: '1000000',
  HYBRID_SUBMISSIONS_PER_MINUTE: '1000000',
  ORCHESTRATOR_RATE_LIMIT_PER_MINUTE: '1000000',
  ORCHESTRATOR_LOGIN_IP_LIMIT_PER_MINUTE: '1000000',
};

const { values } = parseArgs({
  options: {
    api: { type: 'string' },
    spec: { type: 'string' },
    'base-url': { type: 'string' },
    auth: { type: 'string' },
    header: { type: 'string', multiple: true },
    value: { type: 'string', multiple: true },
    seed: { type: 'string', default: '1' },
    'max-requests': { type: 'string', default: '500' },
    'time-limit': { type: 'string', default: '60' },
    include: { type: 'string' },
    exclude: { type: 'string' },
    report: { type: 'string' },
    help: { type: 'boolean' },
  },
});

if (values.help || (!values.api && !(values.spec && values['base-url']))) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

if (values.api && !values['base-url'] && !allModules().some((m) => m.slug === values.api)) {
  console.error(`--api ${values.api}: not one of this server's APIs (${allModules().map((m) => m.slug).join(', ')}); use --spec and --base-url for a running server`);
  process.exit(2);
}
const specRef = values.spec ?? values.api!;
const spec = await loadAnySpec(specRef);
let server: Server | undefined;
let http: HttpServer | undefined;
let baseUrl = values['base-url'];
const headers = parseHeaders(values.header ?? []);
if (values.auth) headers.Authorization = values.auth;
let credentials = new Credentials(headers);
try {
  if (!baseUrl) {
    const config = loadConfig({ ...IN_PROCESS_LIMITS, ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', HOST: '127.0.0.1' });
    const embeddedTemplate = config.databaseUrl ? undefined : await embeddedTemplateOfAllApis();
    server = await createServer({ config, persistent: false, embeddedTemplate, apis: [values.api!] });
    const listener = server.listener;
    http = await new Promise<HttpServer>((ok) => {
      const s = createHttpServer(listener);
      s.listen(0, '127.0.0.1', () => ok(s));
    });
    baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}${spec.basePath}`;
    if (credentials.names.length === 0) credentials = await inProcessCredentials(server, values.api!);
  }
  const report = await runContractTest(spec, {
    baseUrl,
    credentials,
    seed: Number(values.seed),
    maxRequests: Number(values['max-requests']),
    timeLimitMs: Number(values['time-limit']) * 1000,
    include: values.include ? new RegExp(values.include) : undefined,
    exclude: values.exclude ? new RegExp(values.exclude) : undefined,
    timeoutMs: 10_000,
    streamReadMs: 1_500,
    maxBodyBytes: 1 << 20,
    shrinkBudget: 100,
    values: parseValues(values.value ?? []),
  });
  const reportFile = resolve(values.report ?? join(repoRoot, '.contract-test', `${reportName(specRef)}.json`));
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  print(report, reportFile);
  process.exitCode = report.violations.length > 0 || report.operations.some((o) => o.result === 'credentials refused') ? 1 : 0;
} finally {
  http?.closeAllConnections();
  http?.close();
  await server?.close();
}


/** The API module's own development credentials (renewed when refused), else a bearer token the server minted. */
async function inProcessCredentials(server: Server, slug: string): Promise<Credentials> {
  const module = allModules().find((m) => m.slug === slug);
  if (module?.devCredentials) {
    const mint = () => module.devCredentials!(server.servicesOf(slug));
    return new Credentials(await mint(), mint);
  }
  const mint = async () => ({ Authorization: `Bearer ${await server.signToken('contract-test', 3600)}` });
  return new Credentials(await mint(), mint);
}

function parseHeaders(lines: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) {
      console.error(`--header ${JSON.stringify(line)}: expected 'Name: value'`);
      process.exit(2);
    }
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function parseValues(pairs: string[]): Record<string, unknown> {
  const fixed: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      console.error(`--value ${JSON.stringify(pair)}: expected 'name=value'`);
      process.exit(2);
    }
    const value = pair.slice(eq + 1);
    try {
      fixed[pair.slice(0, eq)] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      console.error(`--value ${JSON.stringify(pair)}: the value starts as JSON but is not`);
      process.exit(2);
    }
  }
  return fixed;
}

function reportName(ref: string): string {
  return existsSync(ref) ? ref.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') : ref;
}

function print(report: Report, file: string): void {
  const lines = [`contract test of ${report.title} at ${report.baseUrl} (seed ${report.seed})`];
  for (const op of report.operations) {
    const statuses = Object.entries(op.statuses).map(([s, n]) => `${s}×${n}`).join(' ');
    const mark = op.result === 'checked' ? '✓' : op.result === 'credentials refused' ? '✗' : '-';
    lines.push(`  ${mark} ${op.operationId.padEnd(32)} ${op.result.padEnd(19)} ${String(op.requests).padStart(5)} requests  ${statuses}`);
  }
  for (const v of report.violations) {
    lines.push('', `VIOLATION ${v.operationId}: ${v.check} (${v.kind}${v.mutation ? `: ${v.mutation}` : ''}, shrunk ${v.shrinks} times)`, `  ${v.message}`);
    if (v.via) lines.push(`  reached by following links: ${v.via}`);
    lines.push(`  reproduce: ${v.curl}`);
  }
  const refused = report.operations.filter((o) => o.result === 'credentials refused');
  if (refused.length > 0) {
    lines.push(
      '',
      `CREDENTIALS REFUSED by ${refused.map((o) => o.operationId).join(', ')}: each requires credentials and answered 401 to every`,
      '  request meant to carry them, so nothing past its security was checked. Pass working ones (--auth, --header); if an',
      '  operation tested earlier ends the session (a logout), leave it out with --exclude.',
    );
  }
  const unanswered = report.operations.filter((o) => o.result === 'checked' && !Object.keys(o.statuses).some((s) => s.startsWith('2')));
  if (unanswered.length > 0) {
    lines.push('', `Never answered 2xx, so their success responses went unchecked: ${unanswered.map((o) => o.operationId).join(', ')}`);
  }
  const checked = report.operations.filter((o) => o.result === 'checked').length;
  const skipped = report.operations.filter((o) => o.result === 'not implemented').length;
  lines.push(
    '',
    `${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s; ${checked} operations checked, ${skipped} not implemented; ${report.links.followed} links followed (${report.links.succeeded} answered 2xx); ${report.violations.length} violations; report: ${file}`,
  );
  console.log(lines.join('\n'));
}
