import type { Knex } from 'knex';
import { HttpError } from '../../core/http-error.js';
import type { WebhookDelivery } from '../../core/webhooks/webhook-delivery.js';
import type { ModelCatalogue } from './model-catalogue.js';
import { checkWorkflow, knownProperties, withDefaults, type WorkflowDefinition } from './workflow-definition.js';

type WorkflowRow = { owner_sub: string; name: string; description: string; definition: WorkflowDefinition };

const TABLE = 'hybrid_workflows';

export const workflowNotFound = (name: string) => new HttpError(404, 'not_found', `Workflow ${name} not found`, { name });

/** Each user's stored workflows, checked before they are stored. */
export class WorkflowStore {
  constructor(
    private readonly knex: Knex,
    private readonly catalogue: ModelCatalogue,
    private readonly webhooks: Pick<WebhookDelivery, 'checkDestination'>,
  ) {}

  /**
   * Checks the definition against the user's models and the variable rules, and its webhook_url against the
   * webhook guard (as a run's callbackUrl is checked), then upserts it by name.
   */
  async save(ownerSub: string, given: WorkflowDefinition): Promise<string> {
    const definition = knownProperties(given);
    const known = new Set((await this.catalogue.forUser(ownerSub)).map((m) => m.id));
    const errors = checkWorkflow(definition, known);
    if (errors.length > 0) throw new HttpError(400, 'invalid_workflow', 'Invalid workflow definition', { errors });
    const webhookUrl = definition.execution_modes?.api?.webhook_url;
    if (webhookUrl) await this.webhooks.checkDestination(webhookUrl);
    const row = { owner_sub: ownerSub, name: definition.workflow_name, description: definition.description ?? '', definition: JSON.stringify(withDefaults(definition)) };
    await this.knex(TABLE)
      .insert(row)
      .onConflict(['owner_sub', 'name'])
      .merge({ description: row.description, definition: row.definition, updated_at: this.knex.fn.now() });
    return definition.workflow_name;
  }

  async list(ownerSub: string): Promise<{ name: string; description: string }[]> {
    return this.knex(TABLE).where({ owner_sub: ownerSub }).orderBy('name').select('name', 'description');
  }

  async get(ownerSub: string, name: string) {
    const row: WorkflowRow | undefined = await this.knex(TABLE).where({ owner_sub: ownerSub, name }).first();
    if (!row) throw workflowNotFound(name);
    return withDefaults(row.definition);
  }

  async delete(ownerSub: string, name: string): Promise<void> {
    const deleted = await this.knex(TABLE).where({ owner_sub: ownerSub, name }).delete();
    if (deleted === 0) throw workflowNotFound(name);
  }
}
