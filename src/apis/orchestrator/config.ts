import { hostname } from 'node:os';
import type { AppConfig } from '../../config.js';
import { envInt } from '../../core/env-int.js';

export type OrchestratorConfig = ReturnType<typeof loadOrchestratorConfig>;

/** The Orchestrator's own settings, read from the raw environment (README, "Orchestrator Platform API"). */
export function loadOrchestratorConfig(config: AppConfig) {
  const env = config.env;
  return {
    /** HS256 key of the access tokens; unset, one is generated once and kept in the database, shared by every process. */
    tokenSecret: env.ORCHESTRATOR_JWT_SECRET || undefined,
    accessTokenSeconds: envInt(env, 'ORCHESTRATOR_ACCESS_TOKEN_SECONDS', 3600),
    refreshTokenDays: envInt(env, 'ORCHESTRATOR_REFRESH_TOKEN_DAYS', 30),
    rateLimitPerMinute: envInt(env, 'ORCHESTRATOR_RATE_LIMIT_PER_MINUTE', 600),
    loginIpLimitPerMinute: envInt(env, 'ORCHESTRATOR_LOGIN_IP_LIMIT_PER_MINUTE', 20),
    loginAccountLimit: envInt(env, 'ORCHESTRATOR_LOGIN_ACCOUNT_LIMIT', 10),
    loginAccountWindowSeconds: envInt(env, 'ORCHESTRATOR_LOGIN_ACCOUNT_WINDOW_SECONDS', 15 * 60),
    /**
     * Executions this process runs at once. They mostly wait (on an agent process, a model, a `wait` node), so
     * far more than WORKER_CONCURRENCY: with 4, four users' long workflows held every other execution in pending.
     */
    executionConcurrency: envInt(env, 'ORCHESTRATOR_EXECUTION_CONCURRENCY', 32),
    /** Executions one owner (a user, or an organization for its agents) may have running at once, across processes. */
    executionsPerOwner: envInt(env, 'ORCHESTRATOR_EXECUTIONS_PER_OWNER', 8),
    /**
     * The name this machine's servers share for the agent processes they supervise: a server that starts re-adopts
     * the deployed agents of this node whose server is gone.
     */
    node: env.ORCHESTRATOR_NODE || hostname(),
    /** How often an agent process reports its CPU time and memory (and so proves it is alive). */
    agentReportMs: envInt(env, 'ORCHESTRATOR_AGENT_REPORT_MS', 2000),
    /** How long a new agent process may take to report ready before its deploy gives up (503, decision 31). */
    agentReadyTimeoutMs: envInt(env, 'ORCHESTRATOR_AGENT_READY_TIMEOUT_MS', 20_000),
    /** Creates the demo user on start: on by default in development only. */
    demoUser: (env.ORCHESTRATOR_DEMO_USER ?? (config.nodeEnv === 'development' ? 'on' : 'off')) === 'on',
  };
}

