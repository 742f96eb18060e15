import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import { allModules, migrationDirsOf } from './apis/index.js';
import { buildSharedDeps, type Module, type PluginDeps, type SharedDeps } from './apis/shared-deps.js';
import { resolveJwtSecret, type AppConfig } from './config.js';
import { createApiHost } from './core/api-host.js';
import { queuesOf } from './core/api-module.js';
import { createEventBus } from './core/event-bus.js';
import { WebhookDelivery } from './core/webhooks/webhook-delivery.js';
import { clientAddressResolver } from './core/client-address.js';
import { listenOrigin, requestOriginResolver } from './core/request-origin.js';
import { createRateLimitStore } from './core/rate-limit-store.js';
import type { HttpHost } from './core/http-app.js';
import { JwtVerifier, signDevToken } from './core/jwt.js';
import { createLogger, type Logger } from './core/logger.js';
import { ModuleHost } from './core/module-host.js';
import { loadSpec } from './core/spec-loader.js';
import { ServerMetrics } from './core/metrics/server-metrics.js';
import { openDatabase, type Database } from './db/database.js';
import { JobQueue } from './queue/job-queue.js';

export type ServerOptions = {
  config: AppConfig;
  /** Keep the embedded database in config.dataDir; false keeps it in memory (tests). Ignored with DATABASE_URL. */
  persistent: boolean;
  /** Mount only these APIs (at their native paths when exactly one). */
  apis?: string[];
  /** The API modules to choose from; every API of this project by default. */
  modules?: Module<unknown>[];
  logger?: Logger;
  /**
   * An embedded database not yet initialised (in memory, or a new DATA_DIR) starts from this dump (see
   * createEmbeddedTemplate) rather than from initdb: tests start from one, and so does `npm start`.
   */
  embeddedTemplate?: string;
  onResponse?: (slug: string, operationId: string, status: number) => void;
};

export type Server = {
  app: Express;
  listener: HttpHost['listener'];
  /** For the HTTP server's 'upgrade' event: the WebSocket channels of the mounted APIs. */
  upgrade: HttpHost['upgrade'];
  /** For the HTTP server's 'clientError' event: requests node:http cannot parse, answered in their API's envelope. */
  clientError: HttpHost['clientError'];
  config: AppConfig;
  db: Database;
  queue: JobQueue;
  logger: Logger;
  /** The services a mounted API was built with. */
  servicesOf<S>(slug: string): S;
  /** What GET /metrics serves; services built outside the core (webhooks, WebSockets) count themselves here. */
  metrics: ServerMetrics;
  signToken(subject: string, ttlSeconds?: number): Promise<string>;
  /**
   * Stops the modules, the queue's workers, the event bus and the database. `jobGraceMs`: how long the jobs under way
   * get to finish before they are asked to hand their work back (unbounded by default).
   */
  close(options?: { jobGraceMs?: number }): Promise<void>;
};

/**
 * Opens the database and queue, builds and starts the chosen API modules, and hosts them. It knows no API: each
 * module brings its spec, migrations, queues, services, edge and lifecycle.
 */
export async function createServer(options: ServerOptions): Promise<Server> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const secret = options.persistent ? resolveJwtSecret(config) : (config.jwt.secret ?? randomBytes(32).toString('base64url'));
  const verifier = new JwtVerifier({ ...config.jwt, secret });
  const metrics = new ServerMetrics();
  const modules = (options.modules ?? allModules()).filter((m) => !options.apis || options.apis.includes(m.slug));
  // Specs load while the database opens: neither needs the other until the first request.
  const specs = new Map(modules.map((m) => [m.slug, loadSpec(m.specFile)]));
  for (const spec of specs.values()) spec.catch(() => {});
  const db = await openDatabase({
    url: config.databaseUrl,
    dataDir: options.persistent ? config.dataDir : null,
    migrationDirs: migrationDirsOf(modules),
    template: options.embeddedTemplate,
  });
  const queue = new JobQueue(db.embedded ? db.knex : db.url, logger, { metrics: metrics.queue, schema: config.queueSchema });
  const events = createEventBus({ databaseUrl: db.embedded ? undefined : db.url, logger });
  const webhooks = new WebhookDelivery(
    { knex: db.knex, queue, log: logger },
    {
      allowHosts: config.webhooks.allowHosts,
      retry: { maxAttempts: config.webhooks.maxAttempts },
      timeoutMs: config.webhooks.timeoutMs,
      strictPayloads: config.nodeEnv !== 'production',
      onAttempt: (api, outcome) => metrics.webhooks.attempt(api, outcome),
    },
  );
  const deps = buildSharedDeps({ config, logger, jwt: verifier, db, queue, webhooks, events, metrics });
  const host = new ModuleHost<SharedDeps, PluginDeps>(deps, logger);
  const closeAll = async ({ jobGraceMs }: { jobGraceMs?: number } = {}) => {
    // The jobs under way get their grace before the modules stop (the Orchestrator's stop ends its agent processes
    // and the executions in them); those still running after it are asked to hand their work back.
    if (jobGraceMs !== undefined) await queue.settle(jobGraceMs);
    await host.stop();
    await queue.stop(jobGraceMs === undefined ? undefined : 0).catch((err) => logger.error({ err }, 'queue failed to stop cleanly'));
    await events.stop().catch((err) => logger.error({ err }, 'event bus failed to stop cleanly'));
    await db.close();
  };
  try {
    await events.start();
    await queue.start(modules.flatMap((m) => queuesOf(m, deps)));
    const built = await host.build(modules);
    for (const { plugin } of built) {
      const channels = plugin.channels ?? [];
      if (channels.length > 0) metrics.connections.countWebsockets(plugin.slug, () => channels.reduce((n, c) => n + (c.openSockets ?? 0), 0));
    }
    const http = await createApiHost(
      built.map(({ plugin, services }) => ({ plugin, services, spec: specs.get(plugin.slug) })),
      {
        logger,
        validateResponses: config.validateResponses,
        bodyLimitBytes: config.bodyLimitBytes,
        sseKeepAliveMs: config.sseKeepAliveMs,
        onResponse: options.onResponse,
        metrics,
        // On Postgres every process counts in one table; the embedded database is one process, counting in memory.
        rateLimitStore: createRateLimitStore(db.embedded ? { kind: 'memory' } : { kind: 'postgres', knex: db.knex }),
        clientAddress: clientAddressResolver(config.trustProxy),
        requestOrigin: requestOriginResolver(config.trustProxy, listenOrigin(config.host, config.port)),
        corsOrigins: config.corsOrigins,
        prefixed: !(options.apis && options.apis.length === 1),
        webDir: config.webDir,
      },
    );
    // The modules' workers poll once the modules have started (see JobQueue.hold).
    queue.hold();
    await host.start();
    queue.release();
    return {
      app: http.app,
      listener: http.listener,
      upgrade: http.upgrade,
      clientError: http.clientError,
      config,
      db,
      queue,
      logger,
      servicesOf: (slug) => host.servicesOf(slug),
      metrics,
      signToken: (subject, ttlSeconds = 3600) => {
        if (!secret) throw new Error('tokens can only be minted with an HS256 secret (JWT_SECRET), not with JWT_JWKS_URL');
        return signDevToken(secret, subject, ttlSeconds);
      },
      close: closeAll,
    };
  } catch (err) {
    await closeAll({ jobGraceMs: 0 });
    throw err;
  }
}
