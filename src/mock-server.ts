import { allModules } from './apis/index.js';
import type { AppConfig } from './config.js';
import { edgeOf } from './core/api-module.js';
import { createApiHost } from './core/api-host.js';
import type { HttpHost } from './core/http-app.js';
import { JwtVerifier } from './core/jwt.js';
import { createLogger, type Logger } from './core/logger.js';
import { mockPlugin, withPrefer } from './core/mock/mock-plugin.js';
import { loadSpec } from './core/spec-loader.js';

/**
 * Mock mode: every chosen API served from its spec alone, with its own error envelope, and no database, queue,
 * services or handlers. `npm start -- --mock [--api <slug>]`.
 */
export async function createMockServer(options: { config: AppConfig; apis?: string[]; logger?: Logger }): Promise<HttpHost & { logger: Logger }> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const modules = allModules().filter((m) => !options.apis || options.apis.includes(m.slug));
  if (options.apis && modules.length !== options.apis.length) throw new Error(`unknown API: ${options.apis.join(', ')}`);
  // The edge is built only for its envelope; its verifiers are never called (mock credentials are checked for presence).
  const deps = { config, jwt: () => new JwtVerifier({ ...config.jwt, secret: config.jwt.secret ?? 'mock-mode-verifies-no-token' }) };
  const apis = await Promise.all(
    modules.map(async (m) => {
      const edge = edgeOf(m, deps, undefined);
      const spec = await loadSpec(edge.specFile);
      return { plugin: mockPlugin(spec, edge), spec: Promise.resolve(spec) };
    }),
  );
  const host = await createApiHost(apis, {
    logger,
    validateResponses: config.validateResponses,
    bodyLimitBytes: config.bodyLimitBytes,
    sseKeepAliveMs: config.sseKeepAliveMs,
    prefixed: !(options.apis && options.apis.length === 1),
  });
  return { ...host, listener: withPrefer(host.listener), logger };
}
