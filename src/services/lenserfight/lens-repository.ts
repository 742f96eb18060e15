import type { Knex } from 'knex';
import type { DeclaredParam } from './declared-params.js';

export type Lens = { id: string; name: string; description: string; template: string; params: DeclaredParam[]; model_key: string | null };

export type WorkflowNode = { id: string; lensId: string; params: Record<string, string> };

export type Workflow = {
  id: string;
  name: string;
  description: string;
  input_params: DeclaredParam[];
  nodes: WorkflowNode[];
  output_node: string;
};

export class LensRepository {
  constructor(private readonly knex: Knex) {}

  findLens(id: string, db: Knex = this.knex): Promise<Lens | undefined> {
    return db<Lens>('lf_lenses').where({ id }).first();
  }

  listLenses(): Promise<Lens[]> {
    return this.knex<Lens>('lf_lenses').orderBy([{ column: 'name' }, { column: 'id' }]);
  }

  findLenses(ids: string[], db: Knex = this.knex): Promise<Lens[]> {
    return db<Lens>('lf_lenses').whereIn('id', ids);
  }

  findWorkflow(id: string, db: Knex = this.knex): Promise<Workflow | undefined> {
    return db<Workflow>('lf_workflows').where({ id }).first();
  }

  /** Inserts, in one statement, those of `lenses` whose id is not taken; returns how many it inserted. */
  async insertLensesIfAbsent(lenses: (Omit<Lens, 'params'> & { params: DeclaredParam[] })[]): Promise<number> {
    const rows = await this.knex('lf_lenses')
      .insert(lenses.map((lens) => ({ ...lens, params: JSON.stringify(lens.params) })))
      .onConflict('id')
      .ignore()
      .returning('id');
    return rows.length;
  }

  async insertWorkflowIfAbsent(workflow: Workflow): Promise<boolean> {
    const rows = await this.knex('lf_workflows')
      .insert({ ...workflow, input_params: JSON.stringify(workflow.input_params), nodes: JSON.stringify(workflow.nodes) })
      .onConflict('id')
      .ignore()
      .returning('id');
    return rows.length > 0;
  }
}
