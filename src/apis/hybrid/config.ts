import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppConfig } from '../../config.js';
import type { Pricing } from '../../services/hybrid/model-caller.js';
import { envInt } from '../../core/env-int.js';

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);


/** Hybrid Thinking's own settings, read from the raw environment (README, "Hybrid Thinking API", lists them). */
export function hybridConfig(config: AppConfig) {
  const env = config.env;
  return {
    rateLimitPerMinute: envInt(env, 'HYBRID_RATE_LIMIT_PER_MINUTE', 60),
    submissionsPerMinute: envInt(env, 'HYBRID_SUBMISSIONS_PER_MINUTE', 10),
    modelTimeoutMs: envInt(env, 'HYBRID_MODEL_TIMEOUT_MS', 60_000),
    healthTimeoutMs: envInt(env, 'HYBRID_HEALTH_TIMEOUT_MS', 3_000),
    healthCacheMs: envInt(env, 'HYBRID_HEALTH_CACHE_MS', 30_000),
    jobConcurrency: envInt(env, 'HYBRID_JOB_CONCURRENCY', config.workerConcurrency),
    jobStaleAfterMs: envInt(env, 'HYBRID_JOB_STALE_AFTER_MS', 60_000),
    openaiModels: list(env.HYBRID_OPENAI_MODELS).length > 0 ? list(env.HYBRID_OPENAI_MODELS) : [config.openai.model],
    synthesisModel: env.HYBRID_SYNTHESIS_MODEL || undefined,
    pricing: parsePricing(env.HYBRID_PRICING),
  };
}

export type HybridConfig = ReturnType<typeof hybridConfig>;

function parsePricing(raw: string | undefined): Pricing {
  if (!raw) return {};
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('HYBRID_PRICING must be a JSON object: {"<modelId>": {"input": <USD/1M>, "output": <USD/1M>}}');
  for (const [model, price] of Object.entries(parsed as Record<string, { input?: unknown; output?: unknown }>)) {
    if (typeof price?.input !== 'number' || typeof price?.output !== 'number') throw new Error(`HYBRID_PRICING.${model} needs numeric input and output`);
  }
  return parsed as Pricing;
}

/**
 * A secret from the environment; otherwise, in development, one generated once under DATA_DIR (like the dev JWT
 * secret), and in tests a fresh one per server. Production refuses to start without it.
 */
export function secretSetting(config: AppConfig, variable: string, file: string): string {
  const given = config.env[variable];
  if (given) return given;
  if (config.nodeEnv === 'production') throw new Error(`${variable} must be set in production`);
  if (config.nodeEnv === 'test') return randomBytes(32).toString('base64');
  const path = join(config.dataDir, file);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The key that seals provider tokens now, and the earlier ones rows may still be sealed with. */
export function tokenKeySettings(config: AppConfig): { current: string; previous: string[] } {
  return {
    current: secretSetting(config, 'TOKEN_ENCRYPTION_KEY', 'hybrid-token-key'),
    previous: list(config.env.TOKEN_ENCRYPTION_PREVIOUS_KEYS),
  };
}
