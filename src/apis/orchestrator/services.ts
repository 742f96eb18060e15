import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createRateLimitStore } from '../../core/rate-limit-store.js';
import { loadChannelContract } from '../../core/websocket/contract.js';
import { Accounts } from '../../services/orchestrator/accounts.js';
import { Agents } from '../../services/orchestrator/agents.js';
import { Containers } from '../../services/orchestrator/containers.js';
import { Deployments, type AnnounceCancelled, type CancelExecutions } from '../../services/orchestrator/deployments.js';
import { ExecutionEngine } from '../../services/orchestrator/engine.js';
import { ExecutionSlots } from '../../services/orchestrator/execution-slots.js';
import { Executions } from '../../services/orchestrator/executions.js';
import { LocalMarketplace, Marketplace, type MarketplaceClient } from '../../services/orchestrator/marketplace.js';
import { Organizations } from '../../services/orchestrator/organizations.js';
import { Passwords } from '../../services/orchestrator/passwords.js';
import { createRealtimeChannel, organizationAudience, userAudience } from '../../services/orchestrator/realtime.js';
import { LocalRuntime } from '../../services/orchestrator/local-runtime.js';
import type { ContainerRuntime } from '../../services/orchestrator/runtime.js';
import { Sweeper } from '../../services/orchestrator/sweeper.js';
import { Tokens } from '../../services/orchestrator/tokens.js';
import { Workflows } from '../../services/orchestrator/workflows.js';
import { repoRoot } from '../../paths.js';
import type { SharedDeps } from '../shared-deps.js';
import { loadOrchestratorConfig } from './config.js';

/** What the Orchestrator's handlers receive as `ctx.services`. */
export type Services = Awaited<ReturnType<typeof buildServices>>;

/** Wires the Orchestrator's services over the server's database, event bus and logger. */
export async function buildServices(deps: SharedDeps) {
  const { knex, logger, events, config, queue, providers } = deps;
  const settings = loadOrchestratorConfig(config);
  const tokens = new Tokens(knex, settings.tokenSecret, settings.accessTokenSeconds);
  // Login attempts per account count where the framework's rate limits count: one table on Postgres, memory embedded.
  const attempts = createRateLimitStore(deps.db.embedded ? { kind: 'memory' } : { kind: 'postgres', knex });
  const accounts = new Accounts(
    knex,
    new Passwords(),
    tokens,
    attempts.counter('orchestrator:login-account', settings.loginAccountLimit, settings.loginAccountWindowSeconds),
    settings.refreshTokenDays,
  );
  const realtime = createRealtimeChannel({
    path: '/ws',
    contract: await loadChannelContract(join(repoRoot, 'generated', 'orchestrator', 'asyncapi.json')),
    tokens,
    accounts,
    operatorToken: async (token) => {
      const { sub, exp } = await deps.jwt().verify(token);
      return { subject: sub, exp };
    },
    memberships: async (userId) => (await organizations.list(userId)).map((o) => o.id),
    bus: events,
    logger,
    validateOutgoing: config.validateResponses,
  });
  const organizations = new Organizations(knex, (userId, organizationId, member) =>
    realtime.regroup([userAudience(userId)], member ? { join: [organizationAudience(organizationId)] } : { leave: [organizationAudience(organizationId)] }),
  );
  const publish = (message: Record<string, unknown>, audience: string[]) => realtime.publish(message, audience);
  const identity = { instance: randomUUID(), node: settings.node, pid: process.pid, reportEveryMs: settings.agentReportMs, readyTimeoutMs: settings.agentReadyTimeoutMs };
  // The runtime tells the containers service of a process that died; the two are built together, so the call is late-bound.
  const died = { handle: async (_containerId: string) => {} };
  const runtime: ContainerRuntime = new LocalRuntime(knex, identity, logger, (containerId) => died.handle(containerId));
  const workflows = new Workflows(knex);
  const executions = new Executions(knex, queue, workflows, runtime, publish);
  const executionSlots = new ExecutionSlots(knex, queue, settings.executionsPerOwner);
  const cancelExecutions: CancelExecutions = (trx, agentId, reason) => executions.cancelForAgent(trx, agentId, reason);
  const announceCancelled: AnnounceCancelled = async (owner, ids, audience) => {
    await executions.announceCancelled(ids, audience);
    await executionSlots.handOff(owner);
  };
  const containers = new Containers(knex, queue, runtime, publish, async (ids) => void (await executions.resume(ids)));
  died.handle = (containerId) => containers.processDied(containerId);
  const marketplaceClient: MarketplaceClient = new LocalMarketplace();
  const marketplace = new Marketplace(knex, marketplaceClient, publish);
  const deployments = new Deployments(knex, runtime, cancelExecutions, announceCancelled, publish, async (ids) => void (await executions.resume(ids)));
  return {
    settings,
    tokens,
    accounts,
    organizations,
    agents: new Agents(knex, organizations, (agentId, trx) => marketplace.isPublished(agentId, trx), cancelExecutions, announceCancelled, async (agentId) => {
      // The agent is deleted already: a container that could not be stopped now is the sweep's, not a failed delete.
      await deployments.stopOrphanedContainers(agentId).catch((err: unknown) => logger.warn({ err, agentId }, 'a deleted agent container is left to the sweep'));
    }),
    workflows,
    runtime,
    containers,
    identity,
    events,
    marketplaceClient,
    marketplace,
    executions,
    executionSlots,
    engine: new ExecutionEngine(knex, providers, runtime, events, publish, executionSlots, logger),
    deployments,
    realtime,
    sweeper: new Sweeper(logger),
  };
}
