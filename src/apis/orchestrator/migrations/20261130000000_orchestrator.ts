import type { Knex } from 'knex';

const tz = { useTz: true };

export async function up(knex: Knex): Promise<void> {
  // Server-generated secrets (the token signing key), so every process on the database and every restart agree.
  await knex.schema.createTable('orch_secrets', (t) => {
    t.text('name').primary();
    t.text('value').notNullable();
  });
  await knex.schema.createTable('orch_users', (t) => {
    t.uuid('id').primary();
    // Stored lower-cased: e-mail addresses are compared case-insensitively.
    t.text('email').notNullable().unique();
    t.text('password_hash').notNullable();
    t.text('first_name').notNullable().defaultTo('');
    t.text('last_name').notNullable().defaultTo('');
    t.text('subscription_tier').notNullable().defaultTo('free');
    t.boolean('email_verified').notNullable().defaultTo(false);
    t.timestamp('created_at', tz).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', tz).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_login_at', tz).nullable();
  });
  await knex.schema.createTable('orch_sessions', (t) => {
    t.uuid('id').primary();
    t.uuid('user_id').notNullable().references('orch_users.id').onDelete('CASCADE');
    // SHA-256 of the opaque refresh token: the token itself is never stored.
    t.text('refresh_hash').notNullable().unique();
    t.timestamp('created_at', tz).notNullable().defaultTo(knex.fn.now());
    t.timestamp('refresh_expires_at', tz).notNullable();
    t.timestamp('revoked_at', tz).nullable();
    t.index(['user_id']);
  });
  await knex.schema.createTable('orch_organizations', (t) => {
    t.uuid('id').primary();
    t.text('name').notNullable();
    t.text('slug').notNullable().unique();
    t.text('subscription_tier').notNullable();
    t.timestamp('created_at', tz).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('orch_memberships', (t) => {
    t.uuid('id').primary();
    t.uuid('organization_id').notNullable().references('orch_organizations.id').onDelete('CASCADE');
    t.uuid('user_id').notNullable().references('orch_users.id').onDelete('CASCADE');
    t.text('role').notNullable();
    t.timestamp('joined_at', tz).notNullable().defaultTo(knex.fn.now());
    t.unique(['organization_id', 'user_id']);
    t.index(['user_id']);
  });
  await knex.schema.createTable('orch_agents', (t) => {
    t.uuid('id').primary();
    t.text('name').notNullable();
    t.text('description').nullable();
    t.text('owner_type').notNullable();
    // Exactly one of the two is set, so visibility is two indexed equalities rather than a polymorphic join.
    t.uuid('owner_user_id').nullable().references('orch_users.id');
    t.uuid('owner_org_id').nullable().references('orch_organizations.id');
    t.text('framework').notNullable();
    t.text('agent_type').notNullable();
    t.text('status').notNullable().defaultTo('draft');
    t.integer('version_minor').notNullable().defaultTo(0);
    t.jsonb('resource_limits').notNullable();
    t.timestamp('created_at', tz).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', tz).notNullable().defaultTo(knex.fn.now());
    t.timestamp('deployed_at', tz).nullable();
    t.text('container_id').nullable();
    t.timestamp('deleted_at', tz).nullable();
    t.index(['owner_user_id', 'created_at']);
    t.index(['owner_org_id', 'created_at']);
  });
  await knex.schema.createTable('orch_workflows', (t) => {
    t.uuid('id').primary();
    t.uuid('agent_id').notNullable().references('orch_agents.id');
    t.text('name').notNullable();
    t.text('description').nullable();
    t.text('workflow_type').notNullable();
    t.text('framework').notNullable();
    t.integer('version_minor').notNullable().defaultTo(0);
    t.boolean('is_active').notNullable();
    t.jsonb('workflow_data').notNullable();
    t.timestamp('created_at', tz).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', tz).notNullable().defaultTo(knex.fn.now());
    t.index(['agent_id', 'created_at']);
  });
  // Every version a workflow has had, the current one included: an update keeps the previous one readable.
  await knex.schema.createTable('orch_workflow_versions', (t) => {
    t.uuid('workflow_id').notNullable().references('orch_workflows.id');
    t.integer('version_minor').notNullable();
    t.text('name').notNullable();
    t.text('description').nullable();
    t.boolean('is_active').notNullable();
    t.jsonb('workflow_data').notNullable();
    t.timestamp('created_at', tz).notNullable().defaultTo(knex.fn.now());
    t.primary(['workflow_id', 'version_minor']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['orch_workflow_versions', 'orch_workflows', 'orch_agents', 'orch_memberships', 'orch_organizations', 'orch_sessions', 'orch_users', 'orch_secrets']) {
    await knex.schema.dropTableIfExists(table);
  }
}
