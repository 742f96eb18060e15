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
import { runContractTest, type Report } from './runner.js';

const USAGE = `npm run contract-test -- (--api <slug> | --spec <file or slug> --base-url <url>) [options]

  --api <slug>          boot this project's API in-process (embedded database in memory, 127.0.0.1, a random
                        port, a minted bearer token) and test it
  --spec <file|slug>    the spec: an openapi.yaml/.json file (3.0 or 3.1), or one of this project's slugs
  --base-url <url>      where the spec's paths start on the server under test, e.g. http://127.0.0.1:8787/lenserfight
  --auth <value>        the Authorization header to send, e.g. 'Bearer eyJ...'
  --seed <n>            the same seed sends the same requests (default 1)
  --max-requests <n>    stop after about this many requests (default 500)
  --time-limit <s>      stop generating after this many seconds (default 60)
  --include <regex>     only operationIds matching
  --exclude <regex>     skip operationIds matching
  --report <file>       the JSON report (default .contract-test/<name>.json)`;

const { values } = parseArgs({
  options: {
    api: { type: 'string' },
    spec: { type: 'string' },
    'base-url': { type: 'string' },
    auth: { type: 'string' },
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
let auth = values.auth;
try {
  if (!baseUrl) {
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', HOST: '127.0.0.1' });
    const embeddedTemplate = config.databaseUrl ? undefined : await embeddedTemplateOfAllApis();
    server = await createServer({ config, persistent: false, embeddedTemplate, apis: [values.api!] });
    const listener = server.listener;
    http = await new Promise<HttpServer>((ok) => {
      const s = createHttpServer(listener);
      s.listen(0, '127.0.0.1', () => ok(s));
    });
    baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}${spec.basePath}`;
    auth ??= `Bearer ${await server.signToken('contract-test', 3600)}`;
  }
  const report = await runContractTest(spec, {
    baseUrl,
    auth: auth ? { Authorization: auth } : {},
    seed: Number(values.seed),
    maxRequests: Number(values['max-requests']),
    timeLimitMs: Number(values['time-limit']) * 1000,
    include: values.include ? new RegExp(values.include) : undefined,
    exclude: values.exclude ? new RegExp(values.exclude) : undefined,
    timeoutMs: 10_000,
    streamReadMs: 1_500,
    maxBodyBytes: 1 << 20,
    shrinkBudget: 100,
  });
  const reportFile = resolve(values.report ?? join(repoRoot, '.contract-test', `${reportName(specRef)}.json`));
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  print(report, reportFile);
  process.exitCode = report.violations.length > 0 ? 1 : 0;
} finally {
  http?.closeAllConnections();
  http?.close();
  await server?.close();
}

function reportName(ref: string): string {
  return existsSync(ref) ? ref.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') : ref;
}

function print(report: Report, file: string): void {
  const lines = [`contract test of ${report.title} at ${report.baseUrl} (seed ${report.seed})`];
  for (const op of report.operations) {
    const statuses = Object.entries(op.statuses).map(([s, n]) => `${s}×${n}`).join(' ');
    lines.push(`  ${op.result === 'checked' ? '✓' : '-'} ${op.operationId.padEnd(32)} ${op.result.padEnd(16)} ${String(op.requests).padStart(5)} requests  ${statuses}`);
  }
  for (const v of report.violations) {
    lines.push('', `VIOLATION ${v.operationId}: ${v.check} (${v.kind}${v.mutation ? `: ${v.mutation}` : ''}, shrunk ${v.shrinks} times)`, `  ${v.message}`, `  reproduce: ${v.curl}`);
  }
  const checked = report.operations.filter((o) => o.result === 'checked').length;
  const skipped = report.operations.filter((o) => o.result === 'not implemented').length;
  lines.push(
    '',
    `${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s; ${checked} operations checked, ${skipped} not implemented; ${report.violations.length} violations; report: ${file}`,
  );
  console.log(lines.join('\n'));
}
