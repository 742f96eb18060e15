import type { Knex } from 'knex';
import { runLimitExceeded } from './errors.js';
import { periodOf } from './tenancy.js';
import type { Schemas, Tier } from './types.js';
import type { WorkspaceStore } from './workspace-store.js';

/**
 * Monthly run allowance per workspace (decision 8). The count and the insert of the new run happen in one
 * transaction holding the workspace's row lock, so concurrent creates at the edge of the limit admit exactly
 * as many runs as remain.
 */
export class RunLimits {
  constructor(
    private readonly knex: Knex,
    private readonly workspaces: WorkspaceStore,
    private readonly limits: Record<Tier, number>,
  ) {}

  /** Inside `trx`: locks the workspace and throws 402 when its period's allowance is used; returns the period. */
  async admit(trx: Knex.Transaction, workspaceId: string, now = new Date()): Promise<string> {
    const tier = await this.workspaces.lock(trx, workspaceId);
    const period = periodOf(now);
    const current = await this.count(trx, workspaceId, period);
    const limit = this.limits[tier];
    if (current >= limit) throw runLimitExceeded({ current, limit, period, tier });
    return period;
  }

  async usage(workspaceId: string, now = new Date()): Promise<Schemas['Usage']> {
    const period = periodOf(now);
    const tier = await this.workspaces.tierOf(workspaceId);
    return { workspace_id: workspaceId, period, runs: await this.count(this.knex, workspaceId, period), limit: this.limits[tier], tier };
  }

  private async count(db: Knex, workspaceId: string, period: string): Promise<number> {
    const [{ n }] = await db('hs_runs').where({ workspace_id: workspaceId, period }).count({ n: '*' });
    return Number(n);
  }
}
