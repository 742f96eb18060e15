import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Agent } from './agents/agent.js';
import type { AuditLog } from './audit-log.js';
import type { RunRow } from './run-store.js';
import type { RunWebhooks } from './run-webhooks.js';
import type { StepJob, StepQueue } from './step-queue.js';
import { AGENTS, agentAt, SYSTEM_ACTOR, stepOf, type AgentName, type Schemas } from './types.js';
import type { WorkspaceStore } from './workspace-store.js';

const GATE_STEP = stepOf('sre');

const durationMs = (row: RunRow, end: Date) => Math.max(0, end.getTime() - new Date(row.started_at ?? row.created_at).getTime());

/**
 * Runs one step of one run: claims it, runs its agent, and in one transaction writes the agent's output, the
 * audit entries and webhooks, and moves the run on (next step's job, the approval gate, a sentinel block, or the
 * end). Every write matches the claim (status, step and attempt), so a step taken over from a lost worker is
 * finished by one worker only.
 */
export class Pipeline {
  private readonly agents: Map<AgentName, Agent>;

  constructor(
    private readonly knex: Knex,
    agents: Agent[],
    private readonly deps: { audit: AuditLog; webhooks: RunWebhooks; steps: StepQueue; workspaces: WorkspaceStore; log: Logger; heartbeatMs: number },
  ) {
    this.agents = new Map(agents.map((a) => [a.name, a]));
  }

  /** `stop`: the queue is stopping; the step is handed back to the queue (not failed) when it aborts. */
  async execute({ runId, step }: StepJob, stop?: AbortSignal): Promise<void> {
    const claimed = await this.claim(runId, step);
    if (!claimed) return;
    const agent = this.agents.get(agentAt(step))!;
    const heartbeat = setInterval(() => void this.beat(claimed).catch(() => {}), this.deps.heartbeatMs);
    let output: object;
    try {
      output = await agent.run({ run: claimed, tier: await this.deps.workspaces.tierOf(claimed.workspace_id), signal: stop });
    } catch (err) {
      clearInterval(heartbeat);
      if (stop?.aborted) await this.handBack(claimed);
      else await this.fail(claimed, (err as Error).message || 'Agent failed');
      return;
    }
    clearInterval(heartbeat);
    await this.finish(claimed, output);
  }

  private claim(runId: string, step: number): Promise<RunRow | undefined> {
    return this.knex.transaction(async (trx) => {
      const [row]: RunRow[] = await trx('hs_runs')
        .where({ id: runId, status: 'running', current_step: step })
        .update({ step_attempt: trx.raw('step_attempt + 1'), heartbeat_at: trx.fn.now(), updated_at: trx.fn.now() })
        .returning('*');
      if (!row) return undefined;
      await this.deps.audit.append(trx, runId, 'step.started', { actor: SYSTEM_ACTOR, step: agentAt(step), attempt: row.step_attempt });
      return row;
    });
  }

  private beat(claimed: RunRow): Promise<number> {
    return this.knex('hs_runs').where(this.ownership(claimed)).update({ heartbeat_at: this.knex.fn.now() });
  }

  private ownership(claimed: RunRow) {
    return { id: claimed.id, status: 'running', current_step: claimed.current_step, step_attempt: claimed.step_attempt };
  }

  private async finish(claimed: RunRow, output: object): Promise<void> {
    const agent = agentAt(claimed.current_step);
    const now = new Date();
    const sentinel = agent === 'sentinel' ? (output as Schemas['SentinelOutput']) : undefined;
    const deployed = agent === 'sre' ? (output as Schemas['SreOutput']) : undefined;
    const last = claimed.current_step === AGENTS.length;
    let next: Partial<RunRow> & Record<string, unknown>;
    if (sentinel?.verdict === 'block') {
      const reasons = sentinel.findings.filter((f) => f.severity === 'high' || f.severity === 'critical').map((f) => f.message);
      next = { status: 'blocked', blocked_reason: 'sentinel_block', error: `Blocked by sentinel: ${reasons.join('; ') || sentinel.summary}`, finished_at: now };
    } else if (sentinel && claimed.require_approval) {
      next = { status: 'blocked', blocked_reason: 'awaiting_approval', current_step: GATE_STEP, step_attempt: 0, finished_at: now };
    } else if (last) {
      next = { status: 'completed', finished_at: now };
    } else {
      next = { current_step: claimed.current_step + 1, step_attempt: 0, heartbeat_at: now };
    }
    if (deployed?.deployment_url) Object.assign(next, { deployment_url: deployed.deployment_url, deployed_at: now });

    await this.knex.transaction(async (trx) => {
      const updated = await trx('hs_runs')
        .where(this.ownership(claimed))
        .update({ ...next, [`${agent}_output`]: JSON.stringify(output), updated_at: now });
      if (updated === 0) return; // another worker took the step over; its result counts, not this one
      const { audit, webhooks, steps } = this.deps;
      await audit.append(trx, claimed.id, 'step.completed', { actor: SYSTEM_ACTOR, step: agent });
      if (deployed?.deployment_url) {
        await audit.append(trx, claimed.id, 'deploy.succeeded', { actor: SYSTEM_ACTOR, deployment_url: deployed.deployment_url });
        await webhooks.emit(trx, claimed.webhook_url, 'deploy.succeeded', { run_id: claimed.id, deployment_url: deployed.deployment_url });
      }
      if (next.status === 'blocked') {
        await audit.append(trx, claimed.id, 'run.blocked', { actor: SYSTEM_ACTOR, status: 'blocked', reason: next.blocked_reason as string, ...(next.error ? { error: next.error as string } : {}) });
      } else if (next.status === 'completed') {
        const duration = durationMs(claimed, now);
        await audit.append(trx, claimed.id, 'run.completed', { actor: SYSTEM_ACTOR, status: 'completed', duration_ms: duration });
        await webhooks.emit(trx, claimed.webhook_url, 'run.completed', { run_id: claimed.id, status: 'completed', deployment_url: claimed.deployment_url ?? null, duration_ms: duration, error: null });
      } else {
        await steps.send(trx, { runId: claimed.id, step: claimed.current_step + 1 });
      }
    });
  }

  /** The server is stopping: the step is sent again at once, for this or another process, as the recovery sweep would. */
  private async handBack(claimed: RunRow): Promise<void> {
    const handedBack = await this.knex.transaction(async (trx) => {
      const released = await trx('hs_runs').where(this.ownership(claimed)).update({ heartbeat_at: null });
      if (released === 0) return false;
      await this.deps.steps.send(trx, { runId: claimed.id, step: claimed.current_step });
      return true;
    });
    if (handedBack) this.deps.log.info({ runId: claimed.id, step: agentAt(claimed.current_step) }, 'hypershift step handed back to the queue: the server is stopping');
  }

  /** Fails the run at its current step, if this worker still owns it. */
  async fail(claimed: RunRow, error: string): Promise<boolean> {
    const now = new Date();
    const step = agentAt(claimed.current_step);
    return this.knex.transaction(async (trx) => {
      const updated = await trx('hs_runs')
        .where(this.ownership(claimed))
        .update({ status: 'failed', error, failed_step: step, finished_at: now, updated_at: now });
      if (updated === 0) return false;
      const duration = durationMs(claimed, now);
      await this.deps.audit.append(trx, claimed.id, 'step.failed', { actor: SYSTEM_ACTOR, step, error });
      await this.deps.audit.append(trx, claimed.id, 'run.failed', { actor: SYSTEM_ACTOR, status: 'failed', step, error, duration_ms: duration });
      await this.deps.webhooks.emit(trx, claimed.webhook_url, 'run.completed', {
        run_id: claimed.id,
        status: 'failed',
        deployment_url: claimed.deployment_url,
        duration_ms: duration,
        error,
        failed_step: step,
      });
      return true;
    });
  }
}
