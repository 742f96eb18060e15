import { createServer as createHttpServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ApiPlugin } from '../../src/core/api-plugin.js';
import { createApiHost } from '../../src/core/api-host.js';
import type { HttpHost } from '../../src/core/http-app.js';
import { createLogger, type Logger } from '../../src/core/logger.js';
import { mockPlugin, withPrefer } from '../../src/core/mock/mock-plugin.js';
import { PROBLEM_JSON, renderProblem } from '../../src/core/problem-json.js';
import { loadSpec } from '../../src/core/spec-loader.js';

/**
 * Boots a spec generated with `npm run generate -- --spec <file> --out <dir>`: every operation routed at the
 * spec's own base path, errors in RFC 9457 problem+json (the default for an API with no envelope of its own).
 * Scaffolded handlers answer 501; `mock` answers from the spec's examples instead (mock mode).
 */
export async function bootGenerated(dir: string, options: { mock?: boolean; logger?: Logger } = {}): Promise<HttpHost> {
  const specFile = join(resolve(dir), 'generated', 'openapi.json');
  const spec = await loadSpec(specFile);
  const edge = { slug: 'api', specFile, renderError: renderProblem, errorContentType: PROBLEM_JSON };
  let plugin: ApiPlugin;
  if (options.mock) plugin = { ...mockPlugin(spec, edge), errorContentType: PROBLEM_JSON };
  else {
    const { handlers } = (await import(pathToFileURL(join(resolve(dir), 'generated', 'handlers.ts')).href)) as { handlers: Record<string, unknown> };
    plugin = { ...edge, handlers };
  }
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
  const { values } = parseArgs({ options: { dir: { type: 'string' }, mock: { type: 'boolean' }, port: { type: 'string', default: '8788' } } });
  if (!values.dir) {
    console.log('npx tsx scripts/third-party/serve.ts --dir <the --out of npm run generate -- --spec> [--mock] [--port 8788]');
    process.exit(2);
  }
  const host = await bootGenerated(values.dir, { mock: values.mock, logger: createLogger('info') });
  createHttpServer(host.listener).listen(Number(values.port), '127.0.0.1', () => console.log(`serving ${values.dir} on http://127.0.0.1:${values.port}${values.mock ? ' (mock mode)' : ''}`));
}
