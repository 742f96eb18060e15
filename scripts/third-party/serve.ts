import { createServer as createHttpServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ApiPlugin } from '../../src/core/api-plugin.js';
import { createApiHost } from '../../src/core/api-host.js';
import type { HttpHost } from '../../src/core/http-app.js';
import { createLogger, type Logger } from '../../src/core/logger.js';
import { mockPlugin, withPrefer } from '../../src/core/mock/mock-plugin.js';
import { notImplemented } from '../../src/core/not-implemented.js';
import { PROBLEM_JSON, renderProblem } from '../../src/core/problem-json.js';
import { loadSpec, loadSpecDocument, type LoadedSpec } from '../../src/core/spec-loader.js';
import { bundleSpec } from '../generate/bundle-spec.js';

type BootOptions = { mock?: boolean; logger?: Logger };

/**
 * Boots a spec generated with `npm run generate -- --spec <file> --out <dir>`: every operation routed at the
 * spec's own base path, errors in RFC 9457 problem+json (the default for an API with no envelope of its own).
 * Scaffolded handlers answer 501; `mock` answers from the spec's examples instead (mock mode).
 */
export async function bootGenerated(dir: string, options: BootOptions = {}): Promise<HttpHost> {
  const specFile = join(resolve(dir), 'generated', 'openapi.json');
  const spec = await loadSpec(specFile);
  const handlers = options.mock ? {} : ((await import(pathToFileURL(join(resolve(dir), 'generated', 'handlers.ts')).href)) as { handlers: Record<string, unknown> }).handlers;
  return boot(spec, specFile, handlers, options);
}

/** The same straight from a spec file (OpenAPI 3.0, 3.1 or 3.2, split or not), bundled in memory: every operation 501, or mock mode. */
export async function bootSpecFile(file: string, options: BootOptions = {}): Promise<HttpHost> {
  const spec = await loadSpecDocument(await bundleSpec('api', resolve(file)));
  const handlers = Object.fromEntries(spec.operations.map((op) => [op.operationId, notImplemented(op.operationId)]));
  return boot(spec, resolve(file), handlers, options);
}

async function boot(spec: LoadedSpec, specFile: string, handlers: Record<string, unknown>, options: BootOptions): Promise<HttpHost> {
  const edge = { slug: 'api', specFile, renderError: renderProblem, errorContentType: PROBLEM_JSON };
  const plugin: ApiPlugin = options.mock ? { ...mockPlugin(spec, edge), errorContentType: PROBLEM_JSON } : { ...edge, handlers };
  const host = await createApiHost([{ plugin, spec: Promise.resolve(spec) }], {
    logger: options.logger ?? createLogger('silent'),
    validateResponses: true,
    bodyLimitBytes: 1 << 20,
    sseKeepAliveMs: 15_000,
    prefixed: false,
  });
  return { ...host, listener: options.mock ? withPrefer(host.listener) : host.listener };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string' }, mock: { type: 'boolean' }, port: { type: 'string', default: process.env.PORT ?? '8788' } } });
  const file = positionals[0];
  if (!values.dir === !file) {
    console.log('npm run serve-spec -- (<spec file> | --dir <the --out of npm run generate -- --spec>) [--mock] [--port 8788]');
    process.exit(2);
  }
  const options = { mock: values.mock, logger: createLogger('info') };
  const host = values.dir ? await bootGenerated(values.dir, options) : await bootSpecFile(file!, options);
  const what = values.dir ?? file;
  createHttpServer(host.listener).listen(Number(values.port), '127.0.0.1', () => console.log(`serving ${what} on http://127.0.0.1:${values.port}${values.mock ? ' (mock mode)' : ''}`));
}
