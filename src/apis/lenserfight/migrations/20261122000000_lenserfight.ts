import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('lf_lenses', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.text('template').notNullable();
    // [{ name, required, description }]
    t.jsonb('params').notNullable().defaultTo('[]');
    t.text('model_key').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('lf_workflows', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    // [{ name, required, description }]
    t.jsonb('input_params').notNullable().defaultTo('[]');
    // [{ id, lensId, params: { [param]: template } }]; a template may read {{inputs.x}} and {{nodes.<id>.output}}
    t.jsonb('nodes').notNullable();
    t.text('output_node').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('lf_runs', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('request_id').notNullable();
    t.text('owner_sub').notNullable();
    t.text('kind').notNullable();
    t.uuid('lens_id').nullable().references('lf_lenses.id');
    t.uuid('workflow_id').nullable().references('lf_workflows.id');
    t.text('status').notNullable().defaultTo('queued');
    t.jsonb('inputs').notNullable();
    t.jsonb('options').notNullable().defaultTo('{}');
    t.text('idempotency_key').nullable();
    t.text('model_id').nullable();
    t.text('model_key').nullable();
    t.text('provider_key').nullable();
    t.timestamp('started_at', { useTz: true }).nullable();
    t.timestamp('completed_at', { useTz: true }).nullable();
    t.integer('latency_ms').nullable();
    t.integer('token_input').nullable();
    t.integer('token_output').nullable();
    t.integer('credit_cost').nullable();
    t.text('billing_status').nullable();
    t.text('error_code').nullable();
    t.text('error_message').nullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('heartbeat_at', { useTz: true }).nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['owner_sub', 'idempotency_key']);
    t.index(['status', 'heartbeat_at']);
  });
  await knex.schema.createTable('lf_run_events', (t) => {
    t.bigIncrements('id').primary();
    t.uuid('run_id').notNullable().references('lf_runs.id').onDelete('CASCADE');
    t.text('event_type').notNullable();
    t.jsonb('payload').notNullable().defaultTo('{}');
    t.timestamp('occurred_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['run_id', 'id']);
  });
  await knex.schema.createTable('lf_artifacts', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('run_id').notNullable().references('lf_runs.id').onDelete('CASCADE');
    t.text('artifact_kind').notNullable();
    t.text('content_text').nullable();
    t.jsonb('content_json').nullable();
    t.boolean('is_primary_output').notNullable().defaultTo(false);
    t.text('visibility').notNullable().defaultTo('private');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['run_id']);
  });
  await knex.schema.createTable('lf_partner_accounts', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('owner_sub').notNullable();
    t.text('partner').notNullable();
    t.text('external_account_id').notNullable();
    t.text('status').notNullable();
    t.bigInteger('balance').notNullable().defaultTo(0);
    t.text('access_token').notNullable();
    t.text('refresh_token').notNullable();
    t.timestamp('token_expires_at', { useTz: true }).notNullable();
    t.jsonb('profile').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['owner_sub', 'partner']);
  });
  await knex.schema.createTable('lf_partner_claims', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('account_id').notNullable().references('lf_partner_accounts.id').onDelete('CASCADE');
    t.text('claim_type').notNullable();
    t.bigInteger('amount').notNullable();
    t.jsonb('payload').notNullable().defaultTo('{}');
    t.text('status').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  // The health probe calls this function, as the hosted platform's public.fn_health() RPC.
  await knex.raw(`create or replace function fn_health() returns boolean language sql stable as $$ select true $$`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop function if exists fn_health()');
  for (const table of ['lf_partner_claims', 'lf_partner_accounts', 'lf_artifacts', 'lf_run_events', 'lf_runs', 'lf_workflows', 'lf_lenses']) {
    await knex.schema.dropTableIfExists(table);
  }
}
