import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // One sealed credential per (user, provider): AES-256-GCM ciphertext, its nonce and tag, and the id of the
  // key that sealed it (so a rotation knows which rows to re-encrypt). No plaintext column exists.
  await knex.schema.createTable('hybrid_provider_tokens', (t) => {
    t.text('user_id').notNullable();
    t.text('provider_id').notNullable();
    t.text('key_id').notNullable();
    t.binary('nonce').notNullable();
    t.binary('ciphertext').notNullable();
    t.binary('auth_tag').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['user_id', 'provider_id']);
    t.index(['key_id']);
  });
  await knex.schema.createTable('hybrid_workflows', (t) => {
    t.text('owner_sub').notNullable();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    // The WorkflowDefinition as accepted (JSON, or YAML parsed to it).
    t.jsonb('definition').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['owner_sub', 'name']);
  });
  await knex.schema.createTable('hybrid_jobs', (t) => {
    t.uuid('id').primary();
    t.text('user_id').notNullable();
    // prompt | workflow
    t.text('kind').notNullable();
    t.text('workflow_name').nullable();
    t.text('prompt_text').nullable();
    // Workflow jobs run on the definition they were submitted with, whatever happens to the stored one.
    t.jsonb('definition').nullable();
    t.jsonb('input_variables').nullable();
    t.jsonb('requested_models').notNullable();
    // { [modelId]: ModelResponse | {error} | null }, filled in as each model answers
    t.jsonb('results').notNullable();
    t.jsonb('variables').nullable();
    t.jsonb('synthesis_result').nullable();
    // pending → generating → synthesizing → completed | failed
    t.text('status').notNullable();
    t.text('error_info').nullable();
    t.text('callback_url').nullable();
    t.uuid('callback_delivery_id').nullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('heartbeat_at', { useTz: true }).nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['status', 'heartbeat_at']);
    t.index(['user_id', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('hybrid_jobs');
  await knex.schema.dropTableIfExists('hybrid_workflows');
  await knex.schema.dropTableIfExists('hybrid_provider_tokens');
}
