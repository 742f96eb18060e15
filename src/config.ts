import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { repoRoot } from './paths.js';
import { envInt } from './core/env-int.js';

function queueSchema(value: string | undefined): string {
  if (value === undefined || value === '') return 'pgboss';
  // pg-boss writes the name into its SQL unquoted: only a plain lower-case identifier is safe there.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) throw new Error(`QUEUE_SCHEMA must be a lower-case SQL identifier (letters, digits, _), not ${JSON.stringify(value)}`);
  return value;
}

/** Every setting comes from the environment; README's configuration table lists them with these defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const dataDir = resolve(env.DATA_DIR ?? '.data');
  return {
    /** The raw environment, for API modules that read settings of their own (see each module's config.ts). */
    env,
    nodeEnv,
    port: envInt(env, 'PORT', 8787, 0),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    /** The Postgres schema holding the job queue (pg-boss): deployments sharing one database keep their jobs apart by it. */
    queueSchema: queueSchema(env.QUEUE_SCHEMA),
    dataDir,
    /** The dashboard's build (`npm run build`), served at /app. */
    webDir: resolve(env.WEB_DIR ?? join(repoRoot, 'dist', 'web')),
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    jwt: {
      secret: env.JWT_SECRET || undefined,
      jwksUrl: env.JWT_JWKS_URL || undefined,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
    },
    validateResponses: (env.RESPONSE_VALIDATION ?? (nodeEnv === 'production' ? 'off' : 'on')) === 'on',
    bodyLimitBytes: envInt(env, 'BODY_LIMIT_BYTES', 1024 * 1024),
    sseKeepAliveMs: envInt(env, 'SSE_KEEPALIVE_MS', 15_000),
    /** How long a stopping server lets the requests under way finish before it cuts them off. */
    shutdownGraceMs: envInt(env, 'SHUTDOWN_GRACE_MS', 10_000, 0),
    ssePollMs: envInt(env, 'SSE_POLL_MS', 200),
    /** Which proxies' `X-Forwarded-For` to believe for limits keyed by IP (see src/core/client-address.ts). */
    trustProxy: env.TRUST_PROXY || undefined,
    /** Origins whose pages may call the APIs from a browser (CORS), comma-separated or `*`; none when unset. */
    corsOrigins: env.CORS_ORIGINS || undefined,
    runRateLimitPerMinute: envInt(env, 'RUN_RATE_LIMIT_PER_MINUTE', 60),
    workerConcurrency: envInt(env, 'WORKER_CONCURRENCY', 4),
    runStaleAfterMs: envInt(env, 'RUN_STALE_AFTER_MS', 60_000),
    runTimeoutMs: envInt(env, 'RUN_TIMEOUT_MS', 120_000),
    localProviderDelayMs: envInt(env, 'LOCAL_PROVIDER_DELAY_MS', 0, 0),
    modelProvider: (env.MODEL_PROVIDER ?? 'local') as 'local' | 'openai',
    webhooks: {
      allowHosts: (env.WEBHOOK_ALLOW_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean),
      maxAttempts: envInt(env, 'WEBHOOK_MAX_ATTEMPTS', 6),
      timeoutMs: envInt(env, 'WEBHOOK_TIMEOUT_MS', 10_000),
    },
    openai: {
      baseUrl: env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
      apiKey: env.OPENAI_API_KEY || undefined,
      model: env.OPENAI_MODEL ?? 'gpt-4o-mini',
      timeoutMs: envInt(env, 'OPENAI_TIMEOUT_MS', 60_000),
    },
  };
}

export type AppConfig = ReturnType<typeof loadConfig>;

/** With no JWT_SECRET and no JWKS, a dev secret is generated once and kept under DATA_DIR. */
export function resolveJwtSecret(config: AppConfig): string | undefined {
  if (config.jwt.secret || config.jwt.jwksUrl) return config.jwt.secret;
  const file = join(config.dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
