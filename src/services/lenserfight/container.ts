import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config.js';
import type { JobQueue } from '../../queue/job-queue.js';
import type { ProviderRegistry } from '../model-providers/provider-registry.js';
import { ChainabitSandbox } from '../partners/chainabit-sandbox.js';
import { PartnerService } from '../partners/partner-service.js';
import { HealthProbe } from './health.js';
import { LensRepository } from './lens-repository.js';
import { RunEventHub } from './run-event-hub.js';
import { RunEventListener } from './run-event-listener.js';
import { RunEventStore } from './run-event-store.js';
import { RunEventStreamer } from './run-event-stream.js';
import { RunExecutor } from './run-executor.js';
import { RunRecovery } from './run-recovery.js';
import { RunRepository } from './run-repository.js';
import { RunStatusReader } from './run-status.js';
import { RunSubmission } from './run-submission.js';

export type LenserfightServices = ReturnType<typeof buildLenserfightServices>;

/** Wires LenserFight's services over one database, queue and provider set. */
export function buildLenserfightServices(deps: {
  knex: Knex;
  queue: JobQueue;
  providers: ProviderRegistry;
  config: AppConfig;
  log: Logger;
  version: string;
  /** A Postgres URL to LISTEN on for new events; omitted on the embedded database. */
  notifyUrl?: string;
}) {
  const { knex, queue, providers, config, log } = deps;
  const lenses = new LensRepository(knex);
  const runs = new RunRepository(knex);
  const events = new RunEventStore(knex);
  const hub = new RunEventHub(events, config.ssePollMs, log);
  return {
    lenses,
    hub,
    eventListener: deps.notifyUrl ? new RunEventListener(deps.notifyUrl, () => hub.poke(), log) : undefined,
    submission: new RunSubmission(knex, lenses, runs, events, queue, providers),
    status: new RunStatusReader(runs),
    streamer: new RunEventStreamer(runs, events, hub),
    executor: new RunExecutor(knex, lenses, runs, events, hub, providers, { runTimeoutMs: config.runTimeoutMs, heartbeatMs: 5_000 }, log),
    recovery: new RunRecovery(knex, runs, events, queue, config.runStaleAfterMs, log),
    partners: new PartnerService(knex, [new ChainabitSandbox()]),
    health: new HealthProbe(knex, deps.version),
  };
}

let current: LenserfightServices | undefined;

/** Handlers reach their services here; bootstrap installs them before the server listens. */
export function lenserfight(): LenserfightServices {
  if (!current) throw new Error('LenserFight services are not initialised');
  return current;
}

export function installLenserfightServices(services: LenserfightServices | undefined): void {
  current = services;
}
