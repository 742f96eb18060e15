import type { Knex } from 'knex';
import type { JobQueue } from '../../queue/job-queue.js';
import { EXECUTION_QUEUE, type ExecutionJob, type ExecutionRow } from './executions.js';

type Owner = Pick<ExecutionRow, 'owner_user_id' | 'owner_org_id'>;

/** The executions of one owner: an organization's agents share its slots, a user's own agents theirs. */
const ownedBy = (owner: Owner) => (owner.owner_org_id ? { owner_org_id: owner.owner_org_id } : { owner_user_id: owner.owner_user_id, owner_org_id: null });

/**
 * How many executions one owner may have running at once, in every server process together, so that one owner's
 * burst cannot take every worker. A worker that finds the owner's slots full leaves the execution pending and marks
 * it waiting; when the owner's executions end (in the engine, or cancelled by an undeploy) its oldest waiting ones
 * are queued for the slots now free. Claims and hand-offs of one owner take the same transaction-scoped advisory
 * lock, so the count is exact and no waiting execution is missed between a refused claim and an execution ending.
 */
export class ExecutionSlots {
  constructor(
    private readonly knex: Knex,
    private readonly queue: JobQueue,
    private readonly perOwner: number,
  ) {}

  /** Moves the execution to `running` if its owner has a free slot; undefined if it is no longer pending or must wait. */
  async claim(pending: ExecutionRow): Promise<ExecutionRow | undefined> {
    return this.knex.transaction(async (trx) => {
      await this.lockOwner(trx, pending);
      const query = trx('orch_executions').where({ id: pending.id, status: 'pending' });
      if ((await this.running(trx, pending)) >= this.perOwner) {
        await query.update({ waiting_for_slot: true });
        return undefined;
      }
      const [claimed]: ExecutionRow[] = await query.update({ status: 'running', running_since: trx.fn.now(), waiting_for_slot: false }).returning('*');
      return claimed;
    });
  }

  /** After some of the owner's executions ended: queues as many of its oldest waiting executions as it has free slots. */
  async handOff(owner: Owner): Promise<void> {
    await this.knex.transaction(async (trx) => {
      await this.lockOwner(trx, owner);
      const free = this.perOwner - (await this.running(trx, owner));
      if (free <= 0) return;
      const rows: { id: string }[] = await trx('orch_executions')
        .whereIn('id', trx('orch_executions').where(ownedBy(owner)).where({ status: 'pending', waiting_for_slot: true }).orderBy('started_at').limit(free).select('id'))
        .update({ waiting_for_slot: false })
        .returning('id');
      for (const { id } of rows) await this.queue.send(EXECUTION_QUEUE, { executionId: id } satisfies ExecutionJob, trx);
    });
  }

  /**
   * The sweep's safety net for a hand-off that never happened (the process ended between an execution's end and its
   * hand-off, or the limit was raised): every owner with waiting executions gets as many queued as it has free slots.
   */
  async resumeWaiting(): Promise<void> {
    const owners: Owner[] = await this.knex('orch_executions').where({ status: 'pending', waiting_for_slot: true }).distinct('owner_user_id', 'owner_org_id');
    for (const owner of owners) await this.handOff(owner);
  }

  private async running(trx: Knex.Transaction, owner: Owner): Promise<number> {
    const [{ n }] = await trx('orch_executions').where(ownedBy(owner)).where({ status: 'running' }).count<{ n: string }[]>({ n: '*' });
    return Number(n);
  }

  private async lockOwner(trx: Knex.Transaction, owner: Owner): Promise<void> {
    await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`orchestrator-execution-owner:${owner.owner_org_id ?? owner.owner_user_id}`]);
  }
}
