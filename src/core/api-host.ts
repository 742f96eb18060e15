import type { Logger } from 'pino';
import type { ApiPlugin } from './api-plugin.js';
import { ApiRuntime, type RuntimeOptions } from './api-router.js';
import { createHttpHost, type HttpHost } from './http-app.js';
import { loadSpec } from './spec-loader.js';

export type ApiHostOptions = Omit<RuntimeOptions, 'logger'> & { logger: Logger; prefixed: boolean };

/** Loads each plugin's spec, builds its runtime and hosts them all: the whole framework, without any API's services. */
export async function createApiHost(plugins: ApiPlugin[], options: ApiHostOptions): Promise<HttpHost & { runtimes: ApiRuntime[] }> {
  const runtimes = await Promise.all(plugins.map(async (p) => new ApiRuntime(p, await loadSpec(p.specFile), options)));
  return { ...createHttpHost(runtimes, options), runtimes };
}
