import type { ApiPlugin } from './api-plugin.js';

/** What a module's plugin() returns: the edge without its name and spec, which the module itself declares once. */
export type ModuleEdge = Omit<ApiPlugin, 'slug' | 'specFile'>;

/**
 * One API as the host sees it: a spec, an edge, services, and a lifecycle. `D` is whatever the composition root
 * shares with every API (database, queue, logger, config, model providers, ...); the core never looks inside it.
 * Adding an API is writing one of these; no framework file changes.
 */
export type ApiModule<D extends E, S = unknown, E = D> = {
  slug: string;
  /** The bundled spec, generated/<slug>/openapi.json. */
  specFile: string;
  /** This API's timestamped knex migrations. One knex_migrations table records every API's. */
  migrationsDir?: string;
  /**
   * pg-boss queues this API's workers consume, its webhook profiles' delivery queues among them; created before any
   * module starts (and put in the embedded database's template). A function when the names come from settings:
   * it gets the edge's deps, no database.
   */
  queues?: string[] | ((deps: E) => string[]);
  /** Builds the services its handlers receive as `ctx.services`. Nothing runs yet. */
  createServices(deps: D): S | Promise<S>;
  /**
   * The edge: error envelope, security verifiers, rate limits, and the generated handler index. It may keep
   * `services` for its verifiers to call per request, but must not call them while being built: tools that
   * only read the edge (contract tests, the bench) build it without services.
   */
  plugin(deps: E, services: S): ModuleEdge;
  /** Start-up work and background work: seeds, recovery sweeps, queue workers, timers. */
  start?(services: S, deps: D): Promise<void>;
  /** Stops what start() began. Called in reverse start order, before the queue and database close. */
  stop?(services: S): Promise<void>;
  /**
   * Headers that authenticate a new principal of this API on a development or test server, for tools that drive
   * it in-process (the contract test). An API whose credentials are the server's bearer JWT needs none.
   */
  devCredentials?(services: S): Promise<Record<string, string>>;
};

/** A list of modules holds each with its own services type. */
export type AnyApiModule<D extends E, E = D> = ApiModule<D, any, E>;

/** The queues `module` declares, its settings read from `deps`. */
export function queuesOf<D extends E, S, E>(module: ApiModule<D, S, E>, deps: E): string[] {
  return typeof module.queues === 'function' ? module.queues(deps) : (module.queues ?? []);
}

/** The module's edge as the host mounts it, named by the module's slug and spec. */
export function edgeOf<D extends E, S, E>(module: ApiModule<D, S, E>, deps: E, services: S): ApiPlugin {
  return { ...module.plugin(deps, services), slug: module.slug, specFile: module.specFile };
}
