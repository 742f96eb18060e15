import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';
import type { Express } from 'express';
import { allPlugins } from './apis/index.js';
import type { ApiPlugin } from './core/api-plugin.js';
import { resolveJwtSecret, type AppConfig } from './config.js';
import { createApiHost } from './core/api-host.js';
import type { HttpHost } from './core/http-app.js';
import { JwtVerifier, signDevToken } from './core/jwt.js';
import { createLogger, type Logger } from './core/logger.js';
import { ServerMetrics } from './core/metrics/server-metrics.js';
import { openDatabase, type Database } from './db/database.js';
import { JobQueue } from './queue/job-queue.js';
import { LocalModelProvider } from './services/model-providers/local-provider.js';
import type { ModelProvider } from './services/model-providers/model-provider.js';
import { OpenAiCompatibleProvider } from './services/model-providers/openai-compatible-provider.js';
import { ProviderRegistry } from './services/model-providers/provider-registry.js';
import { buildLenserfightServices, installLenserfightServices, type LenserfightServices } from './services/lenserfight/container.js';
import { seedDemo } from './services/lenserfight/demo-seed.js';
import { RUN_QUEUE, type RunJob } from './services/lenserfight/run-submission.js';

export type ServerOptions = {
  config: AppConfig;
  /** Keep the embedded database in config.dataDir; false keeps it in memory (tests). Ignored with DATABASE_URL. */
  persistent: boolean;
  /** Mount only these APIs (at their native paths when exactly one). */
  apis?: string[];
  logger?: Logger;
  onResponse?: (slug: string, operationId: string, status: number) => void;
  /** APIs beyond the five, plugged in the same way (the bench API). */
  extraPlugins?: ApiPlugin[];
};

export type Server = {
  app: Express;
  listener: HttpHost['listener'];
  config: AppConfig;
  db: Database;
  queue: JobQueue;
  services: LenserfightServices;
  demo: { lensId: string; workflowId: string };
  logger: Logger;
  /** What GET /metrics serves; services built outside the core (webhooks, WebSockets) count themselves here. */
  metrics: ServerMetrics;
  signToken(subject: string, ttlSeconds?: number): Promise<string>;
  close(): Promise<void>;
};

const version: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;

function buildProviders(config: AppConfig): ProviderRegistry {
  const providers: ModelProvider[] = [new LocalModelProvider(config.localProviderDelayMs)];
  if (config.openai.apiKey || config.modelProvider === 'openai') providers.push(new OpenAiCompatibleProvider(config.openai));
  return new ProviderRegistry(providers, config.modelProvider);
}

/** Opens the database, queue, services and workers, and builds the express app serving the chosen APIs. */
export async function createServer(options: ServerOptions): Promise<Server> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const secret = options.persistent ? resolveJwtSecret(config) : (config.jwt.secret ?? randomBytes(32).toString('base64url'));
  const verifier = new JwtVerifier({ ...config.jwt, secret });
  const metrics = new ServerMetrics();
  const plugins = [...allPlugins({ config, jwt: () => verifier }), ...(options.extraPlugins ?? [])].filter(
    (p) => !options.apis || options.apis.includes(p.slug),
  );
  // Specs load while the database opens: neither needs the other until the first request.
  const hostReady = createApiHost(plugins, {
    logger,
    validateResponses: config.validateResponses,
    bodyLimitBytes: config.bodyLimitBytes,
    sseKeepAliveMs: config.sseKeepAliveMs,
    onResponse: options.onResponse,
    metrics,
    prefixed: !(options.apis && options.apis.length === 1),
  });
  hostReady.catch(() => {});
  const db = await openDatabase({ url: config.databaseUrl, dataDir: options.persistent ? config.dataDir : null });
  const queue = new JobQueue(db.embedded ? db.knex : db.url, logger, { metrics: metrics.queue });
  try {
    await queue.start([RUN_QUEUE]);
    const services = buildLenserfightServices({
      knex: db.knex,
      queue,
      providers: buildProviders(config),
      config,
      log: logger,
      version,
      notifyUrl: db.embedded ? undefined : db.url,
    });
    installLenserfightServices(services);
    await services.eventListener?.start();
    const demo = await seedDemo(services.lenses);
    queue.work<RunJob>(RUN_QUEUE, config.workerConcurrency, ({ runId }) => services.executor.execute(runId));
    await services.recovery.sweep();
    services.recovery.start(15_000);
    const host = await hostReady;

    return {
      app: host.app,
      listener: host.listener,
      config,
      db,
      queue,
      services,
      demo,
      logger,
      metrics,
      signToken: (subject, ttlSeconds = 3600) => {
        if (!secret) throw new Error('tokens can only be minted with an HS256 secret (JWT_SECRET), not with JWT_JWKS_URL');
        return signDevToken(secret, subject, ttlSeconds);
      },
      async close() {
        services.recovery.stop();
        services.hub.stop();
        await services.eventListener?.stop();
        await queue.stop();
        installLenserfightServices(undefined);
        await db.close();
      },
    };
  } catch (err) {
    await queue.stop().catch(() => {});
    await db.close();
    throw err;
  }
}
