import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { agentColumns, findVisibleAgent, requireRight, roleAllows, visibleAgents } from './access.js';
import type { AnnounceCancelled, CancelExecutions } from './deployments.js';
import { conflict, forbidden, invalid, notFound } from './errors.js';
import { agentAudience } from './realtime.js';
import type { Organizations } from './organizations.js';
import { agentView, type AgentRow, type ResourceLimits } from './views.js';

type Tier = 'free' | 'pro' | 'enterprise';

/** What an owner's subscription tier allows an agent when the request sets no `resource_limits` (decision 17). */
export const TIER_LIMITS: Record<Tier, ResourceLimits> = {
  free: { cpu: 1, memory: 1024, network_isolation: 'shared' },
  pro: { cpu: 2, memory: 4096, network_isolation: 'shared' },
  enterprise: { cpu: 4, memory: 8192, network_isolation: 'shared' },
};

export type AgentFilters = {
  owner_type?: 'user' | 'organization';
  owner_id?: string;
  framework?: AgentRow['framework'];
  status?: AgentRow['status'];
  page?: number;
  limit?: number;
};

export type CreateAgent = {
  name: string;
  description?: string | null;
  owner_type?: 'user' | 'organization';
  owner_id?: string;
  framework: AgentRow['framework'];
  agent_type?: AgentRow['agent_type'];
  resource_limits?: ResourceLimits;
};

/** Agents: visibility in the query, rights from decision 8, minor version bumped by every update. */
export class Agents {
  constructor(
    private readonly knex: Knex,
    private readonly organizations: Organizations,
    private readonly isPublished: (agentId: string, trx: Knex.Transaction) => Promise<boolean>,
    private readonly cancelExecutions: CancelExecutions,
    private readonly cancelled: AnnounceCancelled,
    /** Stops a deleted agent's containers; should it fail, the sweep stops them (Deployments.stopOrphanedContainers). */
    private readonly stopContainers: (agentId: string) => Promise<void>,
  ) {}

  /** One page, newest first; the total counts exactly the rows the filters and visibility allow (decision 14). */
  async list(userId: string, filters: AgentFilters) {
    const page = filters.page ?? 1;
    const limit = filters.limit ?? 20;
    const filtered = () => {
      const q = visibleAgents(this.knex, userId);
      if (filters.owner_type) q.where('a.owner_type', filters.owner_type);
      if (filters.owner_id) q.where((w) => w.where('a.owner_user_id', filters.owner_id!).orWhere('a.owner_org_id', filters.owner_id!));
      if (filters.framework) q.where('a.framework', filters.framework);
      if (filters.status) q.where('a.status', filters.status);
      return q;
    };
    const [{ total }] = await filtered().count<{ total: string | number }[]>({ total: '*' });
    const count = Number(total);
    const offset = (page - 1) * limit;
    // A page past the last is empty without a query: a far page's offset does not fit Postgres's bigint OFFSET
    // (a 500), and knex reads one written with an exponent (1e21) as its leading digit (a wrong page).
    const rows: AgentRow[] =
      offset >= count
        ? []
        : await filtered()
            .select(agentColumns(this.knex))
            .orderBy([{ column: 'a.created_at', order: 'desc' }, { column: 'a.id', order: 'desc' }])
            .limit(limit)
            .offset(offset);
    return { agents: rows.map(agentView), pagination: { page, limit, total: count, pages: Math.ceil(count / limit) } };
  }

  async create(userId: string, input: CreateAgent) {
    const ownerType = input.owner_type ?? 'user';
    let tier: Tier;
    let owner: { owner_user_id: string | null; owner_org_id: string | null };
    if (ownerType === 'user') {
      if (input.owner_id && input.owner_id !== userId) throw invalid('owner_id', "must be the caller's own id for owner_type user");
      const user: { subscription_tier: Tier } | undefined = await this.knex('orch_users').where({ id: userId }).first('subscription_tier');
      tier = user?.subscription_tier ?? 'free';
      owner = { owner_user_id: userId, owner_org_id: null };
    } else {
      const membership = await this.organizations.roleOf(userId, input.owner_id!);
      if (!membership) throw notFound('Organization');
      if (!roleAllows(membership.role, 'write')) throw forbidden('Insufficient permissions', `Role '${membership.role}' cannot create agents`);
      tier = membership.tier;
      owner = { owner_user_id: null, owner_org_id: input.owner_id! };
    }
    const id = randomUUID();
    await this.knex('orch_agents').insert({
      id,
      name: input.name,
      description: input.description ?? null,
      owner_type: ownerType,
      ...owner,
      framework: input.framework,
      agent_type: input.agent_type ?? 'visual',
      resource_limits: JSON.stringify(input.resource_limits ?? TIER_LIMITS[tier]),
    });
    return agentView(await findVisibleAgent(this.knex, userId, id));
  }

  async get(userId: string, agentId: string) {
    return agentView(await findVisibleAgent(this.knex, userId, agentId));
  }

  async update(userId: string, agentId: string, changes: { name?: string; description?: string | null; resource_limits?: ResourceLimits }) {
    return this.knex.transaction(async (trx) => {
      const agent = await findVisibleAgent(trx, userId, agentId, true);
      requireRight(agent, userId, 'write');
      const update: Record<string, unknown> = { version_minor: agent.version_minor + 1, updated_at: trx.fn.now() };
      if (changes.name !== undefined) update.name = changes.name;
      if (changes.description !== undefined) update.description = changes.description;
      if (changes.resource_limits !== undefined) update.resource_limits = JSON.stringify(changes.resource_limits);
      await trx('orch_agents').where({ id: agentId }).update(update);
      return agentView(await findVisibleAgent(trx, userId, agentId));
    });
  }

  /**
   * Deleting is for owners and admins, and refused while the agent is deployed or published (decision 11); the row
   * stays (soft delete) so what refers to it keeps its history. Its unfinished executions are cancelled with it
   * (decision 17): an agent in `error` may still have some, waiting for a restart that will now never serve them.
   * Its container (an agent in `error` keeps one, maybe restarting) is stopped once the delete is committed, never
   * before: a delete that fails leaves the agent as it was, and one that succeeded is finished by the sweep should
   * the stop not happen (decision 39).
   */
  async delete(userId: string, agentId: string) {
    const { agent, cancelled } = await this.knex.transaction(async (trx) => {
      const agent = await findVisibleAgent(trx, userId, agentId, true);
      requireRight(agent, userId, 'manage');
      if (agent.status === 'active') throw conflict('Agent is deployed; undeploy it first');
      if (await this.isPublished(agentId, trx)) throw conflict('Agent is published; unpublish it first');
      await trx('orch_agents').where({ id: agentId }).update({ deleted_at: trx.fn.now() });
      return { agent, cancelled: await this.cancelExecutions(trx, agentId, 'Agent was deleted') };
    });
    if (cancelled.length > 0) await this.cancelled(agent, cancelled, agentAudience(agent));
    await this.stopContainers(agentId);
  }
}
