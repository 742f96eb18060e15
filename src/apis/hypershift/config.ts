import type { AppConfig } from '../../config.js';
import { envInt } from '../../core/env-int.js';
import { listenOrigin } from '../../core/request-origin.js';

const text = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/** HyperShift's own settings, read from the raw environment (README, "HyperShift Runs API", lists them). */
export function hypershiftConfig(config: AppConfig) {
  const env = config.env;
  return {
    /** When set, PATCH /workspaces/{id}/tier needs it in X-Webhook-Secret. */
    tierUpdateSecret: text(env.WORKSPACE_TIER_UPDATE_SECRET),
    runLimits: { free: envInt(env, 'HYPERSHIFT_FREE_RUN_LIMIT', 10, 0), pro: envInt(env, 'HYPERSHIFT_PRO_RUN_LIMIT', 1000, 0) },
    /** Decision 19: WEBHOOK_URL wins over HYPERSHIFT_WEBHOOK_URL. */
    webhookUrl: text(env.WEBHOOK_URL) ?? text(env.HYPERSHIFT_WEBHOOK_URL),
    webhookSecret: text(env.HYPERSHIFT_WEBHOOK_SECRET),
    /**
     * Where this API is reached from outside; the local deployment target's URLs start with it. Unset, they start
     * with the origin and path the run's creating request reached the API at (`/hypershift`, or nothing when served
     * alone); `origin`, the listen address, stands in for runs that did not record theirs.
     */
    publicUrl: text(env.HYPERSHIFT_PUBLIC_URL)?.replace(/\/+$/, ''),
    origin: listenOrigin(config.host, config.port),
    /** `local` (served by this server) or `http` (a deploy hook speaking HttpDeploymentTarget's wire format). */
    deployTarget: (text(env.HYPERSHIFT_DEPLOY_TARGET) ?? 'local') as 'local' | 'http',
    deployHookUrl: text(env.HYPERSHIFT_DEPLOY_HOOK_URL),
    deployHookToken: text(env.HYPERSHIFT_DEPLOY_HOOK_TOKEN),
    deployTimeoutMs: envInt(env, 'HYPERSHIFT_DEPLOY_TIMEOUT_MS', 30_000),
    /**
     * Names this deployment's step queue (`<instance>-step`) and webhook profile (its delivery queue). Processes on
     * one database share steps and webhook deliveries only under the same name, so differently configured
     * deployments on one database (or test servers) each keep their own work.
     */
    instance: text(env.HYPERSHIFT_INSTANCE) ?? 'hypershift',
    /** Agent steps this process runs at once. */
    concurrency: envInt(env, 'HYPERSHIFT_WORKER_CONCURRENCY', config.workerConcurrency),
    /** A running step with no heartbeat for this long is taken over (or failed after stepMaxAttempts claims). */
    stepStaleAfterMs: envInt(env, 'HYPERSHIFT_STEP_STALE_AFTER_MS', 60_000),
    stepMaxAttempts: envInt(env, 'HYPERSHIFT_STEP_MAX_ATTEMPTS', 3),
    recoverySweepMs: envInt(env, 'HYPERSHIFT_RECOVERY_SWEEP_MS', 15_000),
  };
}

export type HypershiftConfig = ReturnType<typeof hypershiftConfig>;
