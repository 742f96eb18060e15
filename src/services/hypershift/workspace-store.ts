import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { workspaceNotFound } from './errors.js';
import type { Schemas, Tier } from './types.js';

type WorkspaceRow = { id: string; name: string; tier: Tier; implicit: boolean; created_at: Date };

const toWorkspace = (row: WorkspaceRow): Schemas['Workspace'] => ({
  id: row.id,
  name: row.name,
  tier: row.tier,
  created_at: new Date(row.created_at).toISOString(),
});

/** Workspaces (tenants) and their tier. Ids that only ever appeared in headers are implicit free workspaces. */
export class WorkspaceStore {
  constructor(private readonly knex: Knex) {}

  /** Decision 12: the name is stored trimmed; without one, or with an empty or blank one (a cleared form field), it is `My Workspace`. */
  async create(name: string | undefined): Promise<Schemas['Workspace']> {
    const [row] = await this.knex('hs_workspaces')
      .insert({ id: `ws-${randomBytes(6).toString('hex')}`, name: name?.trim() || 'My Workspace', tier: 'free', implicit: false })
      .returning('*');
    return toWorkspace(row);
  }

  /** A workspace created with POST /workspaces (or ws-default); implicit ones are 404 here (decision 5). */
  async get(id: string): Promise<Schemas['Workspace']> {
    const row: WorkspaceRow | undefined = await this.knex('hs_workspaces').where({ id, implicit: false }).first();
    if (!row) throw workspaceNotFound();
    return toWorkspace(row);
  }

  async updateTier(id: string, tier: Tier): Promise<Schemas['Workspace']> {
    const [row] = await this.knex('hs_workspaces').where({ id, implicit: false }).update({ tier }).returning('*');
    if (!row) throw workspaceNotFound();
    return toWorkspace(row);
  }

  /** The workspace's tier, without creating it: an unknown id is free. */
  async tierOf(id: string, db: Knex = this.knex): Promise<Tier> {
    const row: { tier: Tier } | undefined = await db('hs_workspaces').where({ id }).first('tier');
    return row?.tier ?? 'free';
  }

  /**
   * Makes sure the workspace has a row and locks it until `trx` ends, so that everything counted against the
   * workspace inside `trx` (its monthly runs) is counted by one transaction at a time.
   */
  async lock(trx: Knex.Transaction, id: string): Promise<Tier> {
    await trx('hs_workspaces').insert({ id, name: id, tier: 'free', implicit: true }).onConflict('id').ignore();
    const row: { tier: Tier } = await trx('hs_workspaces').where({ id }).forUpdate().first('tier');
    return row.tier;
  }
}
