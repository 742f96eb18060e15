import type { Knex } from 'knex';

const tz = { useTz: true };

export async function up(knex: Knex): Promise<void> {
  // One row per deployment of an agent on the container runtime (the local one by default).
  await knex.schema.createTable('orch_containers', (t) => {
    t.text('id').primary();
    t.uuid('agent_id').notNullable().references('orch_agents.id');
    t.text('runtime').notNullable();
    t.text('status').notNullable();
    t.text('health_status').notNullable().defaultTo('unknown');
    t.timestamp('last_health_check', tz).nullable();
    t.jsonb('resource_limits').notNullable();
    t.integer('restart_count').notNullable().defaultTo(0);
    t.timestamp('started_at', tz).notNullable().defaultTo(knex.fn.now());
    t.timestamp('stopped_at', tz).nullable();
    t.index(['agent_id']);
  });
  await knex.schema.createTable('orch_container_logs', (t) => {
    t.bigIncrements('seq');
    t.text('container_id').notNullable().references('orch_containers.id');
    t.timestamp('timestamp', tz).notNullable().defaultTo(knex.fn.now());
    t.text('level').notNullable();
    t.text('message').notNullable();
    t.text('source').notNullable();
    t.index(['container_id', 'timestamp']);
  });
  // One integration per agent and marketplace; republishing reuses it (decision 20).
  await knex.schema.createTable('orch_marketplace_integrations', (t) => {
    t.uuid('id').primary();
    t.uuid('agent_id').notNullable().references('orch_agents.id');
    t.text('marketplace_name').notNullable();
    t.text('marketplace_agent_id').notNullable();
    t.text('marketplace_url').notNullable();
    t.text('status').notNullable();
    t.jsonb('pricing').notNullable();
    t.text('description').nullable();
    t.jsonb('tags').notNullable();
    t.timestamp('published_at', tz).notNullable();
    t.timestamp('unpublished_at', tz).nullable();
    // Kept by the local marketplace, which has no real buyers: they stay at zero until a real adapter reports them.
    t.integer('total_downloads').notNullable().defaultTo(0);
    t.integer('active_users').notNullable().defaultTo(0);
    t.decimal('revenue', 14, 2).notNullable().defaultTo(0);
    t.unique(['agent_id', 'marketplace_name']);
  });
  await knex.schema.createTable('orch_executions', (t) => {
    t.uuid('id').primary();
    t.uuid('workflow_id').notNullable().references('orch_workflows.id');
    t.integer('workflow_version').notNullable();
    t.uuid('agent_id').notNullable().references('orch_agents.id');
    // The agent's owner, copied so that listing by visibility needs no join (and is served by the indexes below).
    t.uuid('owner_user_id').nullable();
    t.uuid('owner_org_id').nullable();
    t.text('container_id').nullable();
    t.text('status').notNullable();
    t.integer('progress').notNullable().defaultTo(0);
    t.text('current_step').nullable();
    t.jsonb('input').notNullable();
    t.jsonb('output').nullable();
    t.jsonb('steps').notNullable().defaultTo('[]');
    t.jsonb('options').notNullable();
    t.jsonb('resource_usage').nullable();
    t.text('error_message').nullable();
    t.uuid('correlation_id').notNullable();
    t.timestamp('started_at', tz).notNullable().defaultTo(knex.fn.now());
    t.timestamp('completed_at', tz).nullable();
    t.index(['owner_user_id', 'started_at']);
    t.index(['owner_org_id', 'started_at']);
    t.index(['agent_id', 'started_at']);
    t.index(['workflow_id', 'started_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['orch_executions', 'orch_marketplace_integrations', 'orch_container_logs', 'orch_containers']) await knex.schema.dropTableIfExists(table);
}
