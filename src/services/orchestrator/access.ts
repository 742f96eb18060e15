import type { Knex } from 'knex';
import { forbidden, notFound } from './errors.js';
import type { AgentRow } from './views.js';

export type Role = 'owner' | 'admin' | 'member' | 'viewer';

/** What an action on an agent (and its workflows, executions, container, listing) needs (decision 8). */
export type Action = 'read' | 'write' | 'manage';

const ROLES_FOR: Record<Action, readonly Role[]> = {
  read: ['owner', 'admin', 'member', 'viewer'],
  write: ['owner', 'admin', 'member'],
  manage: ['owner', 'admin'],
};

/**
 * The agents `userId` can see, as a query: their own and those of organizations they belong to, never deleted.
 * Each row carries the caller's role in the owning organization (null for their own) and the node count. Every
 * read of an agent or of anything under it starts here, so visibility is enforced in SQL, counts included.
 */
export function visibleAgents(knex: Knex, userId: string): Knex.QueryBuilder {
  return knex('orch_agents as a')
    .leftJoin('orch_memberships as m', function joinMembership() {
      this.on('m.organization_id', '=', 'a.owner_org_id').andOn('m.user_id', '=', knex.raw('?', [userId]));
    })
    .whereNull('a.deleted_at')
    .where((q) => q.where('a.owner_user_id', userId).orWhereNotNull('m.user_id'));
}

/** How many of an agent's latest executions its `metadata.execution_time` averages. */
const RECENT_EXECUTIONS = 10;

export function agentColumns(knex: Knex) {
  return [
    'a.*',
    'm.role as caller_role',
    knex.raw(
      `(select coalesce(sum(jsonb_array_length(w.workflow_data->'nodes')), 0) from orch_workflows w where w.agent_id = a.id and w.is_active) as node_count`,
    ),
    // The agent's recent executions (the last ten that measured their usage), read newest first on (agent_id, started_at).
    knex.raw(
      `(select avg((r.resource_usage->>'execution_time')::float8) from (select e.resource_usage from orch_executions e where e.agent_id = a.id and e.resource_usage is not null order by e.started_at desc limit ${RECENT_EXECUTIONS}) r) as avg_execution_seconds`,
    ),
  ];
}

/** The agent if `userId` may see it, else 404 whether it exists or not. */
export async function findVisibleAgent(knex: Knex | Knex.Transaction, userId: string, agentId: string, forUpdate = false): Promise<AgentRow> {
  const query = visibleAgents(knex as Knex, userId).where('a.id', agentId).first(agentColumns(knex as Knex));
  if (forUpdate) query.forUpdate('a');
  const row: AgentRow | undefined = await query;
  if (!row) throw notFound('Agent');
  return row;
}

/** 403 unless the caller owns the agent or has a role in its organization that allows `action`. */
export function requireRight(agent: AgentRow, userId: string, action: Action): void {
  if (agent.owner_user_id === userId) return;
  const role = agent.caller_role as Role | null | undefined;
  if (role && ROLES_FOR[action].includes(role)) return;
  throw forbidden('Insufficient permissions', `Role '${role ?? 'none'}' in the owning organization cannot perform this action`);
}

export function roleAllows(role: Role, action: Action): boolean {
  return ROLES_FOR[action].includes(role);
}
