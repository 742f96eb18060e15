import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { findVisibleAgent, requireRight, visibleAgents } from './access.js';
import { invalid, notFound } from './errors.js';
import { findCycle } from './workflow-run.js';
import { workflowSummaryView, workflowView, type AgentRow, type WorkflowData, type WorkflowRow } from './views.js';

export type CreateWorkflow = {
  name: string;
  description?: string | null;
  workflow_data: WorkflowData;
  workflow_type?: WorkflowRow['workflow_type'];
  framework?: AgentRow['framework'];
  is_active?: boolean;
};

export type UpdateWorkflow = { name?: string; description?: string | null; workflow_data?: WorkflowData; is_active?: boolean };

/** Versioned workflows of an agent: every version stays in orch_workflow_versions; the row holds the current one. */
export class Workflows {
  constructor(private readonly knex: Knex) {}

  async list(userId: string, agentId: string) {
    await findVisibleAgent(this.knex, userId, agentId);
    const rows: WorkflowRow[] = await this.knex('orch_workflows')
      .where({ agent_id: agentId })
      .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]);
    return { workflows: rows.map(workflowSummaryView) };
  }

  async create(userId: string, agentId: string, input: CreateWorkflow) {
    return this.knex.transaction(async (trx) => {
      const agent = await findVisibleAgent(trx, userId, agentId, true);
      requireRight(agent, userId, 'write');
      if (input.framework && input.framework !== agent.framework) throw invalid('framework', `must be the agent's framework '${agent.framework}'`);
      checkGraph(input.workflow_data);
      const row = {
        id: randomUUID(),
        agent_id: agentId,
        name: input.name,
        description: input.description ?? null,
        workflow_type: input.workflow_type ?? 'visual',
        framework: agent.framework,
        version_minor: 0,
        is_active: input.is_active ?? true,
        workflow_data: JSON.stringify(input.workflow_data),
      };
      const [created]: WorkflowRow[] = await trx('orch_workflows').insert(row).returning('*');
      await this.keepVersion(trx, created);
      return workflowView(created);
    });
  }

  async get(userId: string, workflowId: string) {
    const row = await this.findVisible(this.knex, userId, workflowId);
    return workflowView(row);
  }

  /** The workflow row (current version) and its agent, if the caller can see them; else 404. */
  async findVisible(knex: Knex | Knex.Transaction, userId: string, workflowId: string): Promise<WorkflowRow & { caller_role: string | null }> {
    const row = await visibleAgents(knex as Knex, userId)
      .join('orch_workflows as w', 'w.agent_id', 'a.id')
      .where('w.id', workflowId)
      .first('w.*', 'm.role as caller_role');
    if (!row) throw notFound('Workflow');
    return row;
  }

  async update(userId: string, workflowId: string, changes: UpdateWorkflow) {
    return this.knex.transaction(async (trx) => {
      const visible = await this.findVisible(trx, userId, workflowId);
      const agent = await findVisibleAgent(trx, userId, visible.agent_id, true);
      requireRight(agent, userId, 'write');
      // Read again under the agent's lock, which every change of its workflows takes.
      const current: WorkflowRow = await trx('orch_workflows').where({ id: workflowId }).first();
      if (changes.workflow_data) checkGraph(changes.workflow_data);
      const update: Record<string, unknown> = { updated_at: trx.fn.now() };
      if (changes.name !== undefined) update.name = changes.name;
      if (changes.description !== undefined) update.description = changes.description;
      if (changes.is_active !== undefined) update.is_active = changes.is_active;
      if (changes.workflow_data !== undefined) update.workflow_data = JSON.stringify(changes.workflow_data);
      const [updated]: WorkflowRow[] = await trx('orch_workflows')
        .where({ id: workflowId, version_minor: current.version_minor })
        .update({ ...update, version_minor: current.version_minor + 1 })
        .returning('*');
      await this.keepVersion(trx, updated);
      return workflowView(updated);
    });
  }

  /** A stored version, current or earlier; executions run the current one, this reads history. */
  async version(workflowId: string, minor: number) {
    return this.knex('orch_workflow_versions').where({ workflow_id: workflowId, version_minor: minor }).first();
  }

  private async keepVersion(trx: Knex.Transaction, row: WorkflowRow): Promise<void> {
    await trx('orch_workflow_versions').insert({
      workflow_id: row.id,
      version_minor: row.version_minor,
      name: row.name,
      description: row.description,
      is_active: row.is_active,
      workflow_data: JSON.stringify(row.workflow_data),
    });
  }
}

/** Node ids are unique, every edge joins two of them and no path leads back to its start; anything else could not be run. */
function checkGraph(data: WorkflowData): void {
  const ids = new Set<string>();
  data.nodes.forEach((node, i) => {
    if (ids.has(node.id)) throw invalid(`workflow_data.nodes.${i}.id`, `duplicate node id '${node.id}'`);
    ids.add(node.id);
  });
  data.edges.forEach((edge, i) => {
    if (!ids.has(edge.source)) throw invalid(`workflow_data.edges.${i}.source`, `no node '${edge.source}'`);
    if (!ids.has(edge.target)) throw invalid(`workflow_data.edges.${i}.target`, `no node '${edge.target}'`);
  });
  const cycle = findCycle(data);
  if (cycle) throw invalid(`workflow_data.edges.${cycle.edge}`, `closes a cycle ${cycle.path.map((id) => `'${id}'`).join(' -> ')}; a workflow graph must have no cycles`);
}
