import { HealthProbe } from '../../services/lenserfight/health.js';
import { LensRepository } from '../../services/lenserfight/lens-repository.js';
import { RunEventHub } from '../../services/lenserfight/run-event-hub.js';
import { RunEventListener } from '../../services/lenserfight/run-event-listener.js';
import { RunEventStore } from '../../services/lenserfight/run-event-store.js';
import { RunEventStreamer } from '../../services/lenserfight/run-event-stream.js';
import { RunExecutor } from '../../services/lenserfight/run-executor.js';
import { RunRecovery } from '../../services/lenserfight/run-recovery.js';
import { RunRepository } from '../../services/lenserfight/run-repository.js';
import { RunStatusReader } from '../../services/lenserfight/run-status.js';
import { RunSubmission } from '../../services/lenserfight/run-submission.js';
import { ChainabitSandbox } from '../../services/partners/chainabit-sandbox.js';
import { PartnerService } from '../../services/partners/partner-service.js';
import type { SharedDeps } from '../shared-deps.js';

/** What LenserFight's handlers receive as `ctx.services`. */
export type Services = ReturnType<typeof buildServices>;

/** Wires LenserFight's services over the server's database, queue and model providers. */
export function buildServices(deps: SharedDeps) {
  const { knex, queue, providers, config, logger: log } = deps;
  const lenses = new LensRepository(knex);
  const runs = new RunRepository(knex);
  const events = new RunEventStore(knex);
  const hub = new RunEventHub(events, config.ssePollMs, log);
  return {
    lenses,
    devTokens: deps.jwt(),
    hub,
    eventListener: deps.notifyUrl ? new RunEventListener(deps.notifyUrl, () => hub.poke(), log) : undefined,
    submission: new RunSubmission(knex, lenses, runs, events, queue, providers),
    status: new RunStatusReader(runs),
    streamer: new RunEventStreamer(runs, events, hub),
    executor: new RunExecutor(knex, lenses, runs, events, hub, providers, queue, { runTimeoutMs: config.runTimeoutMs, heartbeatMs: 5_000 }, log),
    recovery: new RunRecovery(knex, runs, events, queue, config.runStaleAfterMs, log),
    partners: new PartnerService(knex, [new ChainabitSandbox()]),
    health: new HealthProbe(knex, deps.version),
  };
}
