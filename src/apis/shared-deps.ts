import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import type { ApiModule } from '../core/api-module.js';
import type { EventBus } from '../core/event-bus.js';
import type { ServerMetrics } from '../core/metrics/server-metrics.js';
import type { WebhookDelivery } from '../core/webhooks/webhook-delivery.js';
import type { JwtVerifier } from '../core/jwt.js';
import type { Database } from '../db/database.js';
import { repoRoot } from '../paths.js';
import type { JobQueue } from '../queue/job-queue.js';
import { LocalModelProvider } from '../services/model-providers/local-provider.js';
import type { ModelProvider } from '../services/model-providers/model-provider.js';
import { OpenAiCompatibleProvider } from '../services/model-providers/openai-compatible-provider.js';
import { ProviderRegistry } from '../services/model-providers/provider-registry.js';
import type { PluginDeps } from './plugin-deps.js';

export type { PluginDeps };

/** Everything the server shares with every API module it mounts. */
export type SharedDeps = PluginDeps & {
  logger: Logger;
  db: Database;
  knex: Knex;
  queue: JobQueue;
  providers: ProviderRegistry;
  /** Durable signed outbound webhooks; a module registers its profile in start(). */
  webhooks: WebhookDelivery;
  /** Publish/subscribe across every process on the database (in-process on the embedded one). */
  events: EventBus;
  /** The server's Prometheus registry; a module's WebSocket channels count their sockets here. */
  metrics: ServerMetrics;
  version: string;
  /** A Postgres URL to LISTEN on for cross-process wake-ups; undefined on the embedded database (one process). */
  notifyUrl?: string;
};

/** An API module of this server. */
export type Module<S> = ApiModule<SharedDeps, S, PluginDeps>;

const version: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;

function buildProviders(config: AppConfig): ProviderRegistry {
  const providers: ModelProvider[] = [new LocalModelProvider(config.localProviderDelayMs)];
  if (config.openai.apiKey || config.modelProvider === 'openai') providers.push(new OpenAiCompatibleProvider(config.openai));
  return new ProviderRegistry(providers, config.modelProvider);
}

export function buildSharedDeps(base: {
  config: AppConfig;
  logger: Logger;
  jwt: JwtVerifier;
  db: Database;
  queue: JobQueue;
  webhooks: WebhookDelivery;
  events: EventBus;
  metrics: ServerMetrics;
}): SharedDeps {
  const { config, logger, jwt, db, queue, webhooks, events, metrics } = base;
  return {
    config,
    logger,
    jwt: () => jwt,
    db,
    knex: db.knex,
    queue,
    providers: buildProviders(config),
    webhooks,
    events,
    metrics,
    version,
    notifyUrl: db.embedded ? undefined : db.url,
  };
}
