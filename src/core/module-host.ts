import type { Logger } from 'pino';
import { edgeOf, type AnyApiModule } from './api-module.js';
import type { ApiPlugin } from './api-plugin.js';

export type BuiltModule<D extends E, E> = { module: AnyApiModule<D, E>; services: unknown; plugin: ApiPlugin };

/**
 * Builds, starts and stops the mounted API modules in order. It knows nothing of any API beyond its module:
 * services are built for all before any starts, so one API's start-up never sees another half-built.
 */
export class ModuleHost<D extends E, E = D> {
  private readonly built: BuiltModule<D, E>[] = [];
  private readonly started: BuiltModule<D, E>[] = [];

  constructor(
    private readonly deps: D,
    private readonly log: Logger,
  ) {}

  async build(modules: AnyApiModule<D, E>[]): Promise<BuiltModule<D, E>[]> {
    for (const module of modules) {
      const services = await module.createServices(this.deps);
      this.built.push({ module, services, plugin: edgeOf(module, this.deps, services) });
    }
    return this.built;
  }

  async start(): Promise<void> {
    for (const entry of this.built) {
      await entry.module.start?.(entry.services, this.deps);
      this.started.push(entry);
    }
  }

  /** The services a module was built with; tests and scripts reach an API's internals through this. */
  servicesOf<S>(slug: string): S {
    const entry = this.built.find((b) => b.module.slug === slug);
    if (!entry) throw new Error(`API ${slug} is not mounted`);
    return entry.services as S;
  }

  /** Stops every started module, last first; one failing stop does not keep the others running. */
  async stop(): Promise<void> {
    for (const entry of this.started.splice(0).reverse()) {
      try {
        await entry.module.stop?.(entry.services);
      } catch (err) {
        this.log.error({ err, api: entry.module.slug }, 'API module failed to stop cleanly');
      }
    }
  }
}
