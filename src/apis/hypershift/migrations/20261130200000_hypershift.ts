import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('hs_workspaces', (t) => {
    t.text('id').primary();
    t.text('name').notNullable();
    t.text('tier').notNullable().defaultTo('free');
    // An id first seen in a tenancy header is an implicit free workspace: counted and limited, but GET/PATCH
    // /workspaces/{id} answer 404 for it (spec decision 5).
    t.boolean('implicit').notNullable().defaultTo(false);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex('hs_workspaces').insert({ id: 'ws-default', name: 'Default Workspace', tier: 'free', implicit: false });

  await knex.schema.createTable('hs_runs', (t) => {
    t.text('id').primary();
    t.text('workspace_id').notNullable().references('hs_workspaces.id');
    // First day (UTC) of the month the run was created in: the period its creation counts against.
    t.text('period').notNullable();
    t.text('status').notNullable().defaultTo('pending');
    t.integer('current_step').notNullable().defaultTo(0);
    t.text('error').nullable();
    t.text('failed_step').nullable();
    t.text('blocked_reason').nullable();
    t.jsonb('user_intent').notNullable();
    for (const agent of ['architect', 'builder', 'sentinel', 'sre', 'finops']) t.jsonb(`${agent}_output`).nullable();
    t.text('deployment_url').nullable();
    t.timestamp('deployed_at', { useTz: true }).nullable();
    t.text('codename').nullable();
    t.jsonb('tags').notNullable().defaultTo('[]');
    t.boolean('require_approval').notNullable().defaultTo(false);
    t.timestamp('approved_at', { useTz: true }).nullable();
    t.text('approved_by').nullable();
    t.timestamp('rejected_at', { useTz: true }).nullable();
    t.text('rejected_by').nullable();
    t.text('replayed_from').nullable();
    // Where this run's webhooks go: the setting of the process that created it, whichever process runs its steps.
    t.text('webhook_url').nullable();
    // How many times the current step has been claimed by a worker; the claim and the step's result both
    // match on it, so a step taken over from a lost worker cannot be finished by that worker too.
    t.integer('step_attempt').notNullable().defaultTo(0);
    t.timestamp('heartbeat_at', { useTz: true }).nullable();
    t.timestamp('started_at', { useTz: true }).nullable();
    t.timestamp('finished_at', { useTz: true }).nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['workspace_id', 'period']);
    t.index(['workspace_id', 'created_at']);
    t.index(['status', 'heartbeat_at']);
  });

  await knex.schema.createTable('hs_audit_log', (t) => {
    t.bigIncrements('id').primary();
    t.text('run_id').notNullable().references('hs_runs.id');
    t.text('action').notNullable();
    t.jsonb('details').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['run_id', 'id']);
  });

  await knex.schema.createTable('hs_deployments', (t) => {
    t.text('run_id').primary().references('hs_runs.id');
    t.text('workspace_id').notNullable();
    t.text('target').notNullable();
    t.text('environment').notNullable();
    t.text('url').notNullable();
    t.jsonb('artifacts').notNullable();
    t.timestamp('deployed_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['workspace_id', 'deployed_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('hs_deployments');
  await knex.schema.dropTable('hs_audit_log');
  await knex.schema.dropTable('hs_runs');
  await knex.schema.dropTable('hs_workspaces');
}
