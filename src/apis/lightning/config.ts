import { createHash } from 'node:crypto';
import { envInt } from '../../core/env-int.js';

/** Bitcoin networks a BOLT11 invoice can be for, as the `bolt11` library describes them. */
export const NETWORKS = {
  bitcoin: { bech32: 'bc', pubKeyHash: 0x00, scriptHash: 0x05, validWitnessVersions: [0, 1] },
  testnet: { bech32: 'tb', pubKeyHash: 0x6f, scriptHash: 0xc4, validWitnessVersions: [0, 1] },
  signet: { bech32: 'tbs', pubKeyHash: 0x6f, scriptHash: 0xc4, validWitnessVersions: [0, 1] },
  regtest: { bech32: 'bcrt', pubKeyHash: 0x6f, scriptHash: 0xc4, validWitnessVersions: [0, 1] },
} as const;
export type NetworkName = keyof typeof NETWORKS;

export type LightningConfig = ReturnType<typeof loadLightningConfig>;

/** A non-negative number setting (prices and percentages take decimals); a bad one stops start-up, naming it. */
const num = (env: NodeJS.ProcessEnv, name: string, fallback: number) => {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of at least 0, not ${JSON.stringify(env[name])}`);
  return n;
};

/** This API's settings, read from the raw environment; README's Lightning section lists them. */
export function loadLightningConfig(env: NodeJS.ProcessEnv) {
  const lnbitsUrl = env.LNBITS_URL || undefined;
  if (lnbitsUrl && !env.LNBITS_API_KEY) throw new Error('LNBITS_URL is set but LNBITS_API_KEY is not');
  const network = (env.LIGHTNING_NETWORK || (lnbitsUrl ? 'bitcoin' : 'regtest')) as NetworkName;
  if (!(network in NETWORKS)) throw new Error(`LIGHTNING_NETWORK must be one of ${Object.keys(NETWORKS).join(', ')}`);
  return {
    production: env.NODE_ENV === 'production',
    backend: lnbitsUrl ? ('lnbits' as const) : ('stub' as const),
    lnbits: { url: lnbitsUrl ?? '', apiKey: env.LNBITS_API_KEY ?? '', timeoutMs: num(env, 'LNBITS_TIMEOUT_MS', 10_000) },
    network,
    // The stub's node key signs its invoices. It is a development key, derived from a fixed label unless set.
    stubNodeKey: env.LIGHTNING_STUB_NODE_KEY || createHash('sha256').update('lightning-stub-dev-node-key').digest('hex'),
    // An invoice that expires as it is issued could never be paid: at least one second.
    invoiceExpirySeconds: envInt(env, 'INVOICE_EXPIRY_SECONDS', 3600),
    evalFeeSats: Math.max(1, Math.round(num(env, 'EVAL_FEE_SATS', 10))),
    evalModel: env.EVAL_MODEL || undefined,
    workModel: env.WORK_MODEL || undefined,
    // Per-model token rates in USD per million tokens, infrastructure cost per request and the margin.
    pricing: {
      inputUsdPerMTok: num(env, 'WORK_INPUT_USD_PER_MTOK', 3),
      outputUsdPerMTok: num(env, 'WORK_OUTPUT_USD_PER_MTOK', 15),
      infraUsdPerRequest: num(env, 'INFRA_COST_USD_PER_REQUEST', 0.001),
      marginPct: num(env, 'ORIGINATOR_MARGIN_PCT', 20),
      estimatedOutputTokens: Math.round(num(env, 'WORK_ESTIMATED_OUTPUT_TOKENS', 600)),
    },
    oracle: {
      url: env.BTC_PRICE_ORACLE_URL || undefined,
      fallbackUsd: num(env, 'BTC_PRICE_USD_FALLBACK', 100_000),
      cacheMs: 60_000,
      timeoutMs: num(env, 'BTC_PRICE_ORACLE_TIMEOUT_MS', 5_000),
    },
    session: {
      minimumBalanceSats: Math.round(num(env, 'SESSION_MIN_BALANCE_SATS', 50)),
      idleTtlMs: num(env, 'SESSION_IDLE_TTL_HOURS', 24) * 3_600_000,
      macaroonTtlMs: num(env, 'SESSION_MACAROON_TTL_DAYS', 30) * 86_400_000,
    },
    demoPerHour: env.DEMO_RATE_LIMIT_PER_HOUR ? Math.round(num(env, 'DEMO_RATE_LIMIT_PER_HOUR', 5)) : undefined,
    workerConcurrency: Math.max(1, Math.round(num(env, 'LIGHTNING_WORKER_CONCURRENCY', 2))),
    rejectPattern: new RegExp(env.EVAL_REJECT_PATTERN || '\\b(malware|ransomware|phishing|steal)\\b', 'i'),
    gemini: {
      apiKey: env.GEMINI_API_KEY || undefined,
      baseUrl: (env.GEMINI_BASE_URL || 'https://generativelanguage.googleapis.com').replace(/\/+$/, ''),
      chatModel: env.GEMINI_CHAT_MODEL || 'gemini-3-flash-preview',
      imageModel: env.GEMINI_IMAGE_MODEL || 'gemini-2.5-flash-image',
      timeoutMs: num(env, 'GEMINI_TIMEOUT_MS', 60_000),
      routesApiKey: env.GEMINI_ROUTES_API_KEY || undefined,
      localDelayMs: num(env, 'GEMINI_LOCAL_CHUNK_DELAY_MS', 0),
    },
  };
}
