import type { Logger } from 'pino';
import type { ApiPlugin } from './api-plugin.js';
import { ApiRuntime, type RuntimeOptions } from './api-router.js';
import { createHttpHost, type HttpHost } from './http-app.js';
import { loadSpec, type LoadedSpec } from './spec-loader.js';
import { pinTickObjectShape } from './tick-object-pin.js';

export type ApiHostOptions = Omit<RuntimeOptions, 'logger'> & { logger: Logger; prefixed: boolean; webDir?: string; corsOrigins?: string };

/** One API to host: its edge, the services its handlers receive, and its spec if it is already loading. */
export type HostedApi = { plugin: ApiPlugin; services?: unknown; spec?: Promise<LoadedSpec> };

/** Builds each API's runtime from its spec and hosts them all: the whole framework, without any API's services. */
export async function createApiHost(apis: HostedApi[], options: ApiHostOptions): Promise<HttpHost & { runtimes: ApiRuntime[] }> {
  pinTickObjectShape();
  const runtimes = await Promise.all(
    apis.map(async ({ plugin, services, spec }) => new ApiRuntime(plugin, await (spec ?? loadSpec(plugin.specFile)), options, services)),
  );
  return { ...createHttpHost(runtimes, options), runtimes };
}
