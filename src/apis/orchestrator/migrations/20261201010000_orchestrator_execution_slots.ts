import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orch_executions', (t) => {
    // started_at is when the execution was accepted (the API reports it); the sweep that fails lost executions must
    // measure the timeout from when a worker took it, or one that waited its turn in pending is failed as it starts.
    t.timestamp('running_since', { useTz: true }).nullable();
    // Pending because its owner had every slot it may hold; the end of one of the owner's executions hands it one.
    t.boolean('waiting_for_slot').notNullable().defaultTo(false);
  });
  // An owner's running executions are counted on every claim, and its waiting ones looked up on every end: small
  // partial indexes, whatever the owner's history.
  await knex.raw(`create index orch_executions_running_user on orch_executions (owner_user_id) where status = 'running'`);
  await knex.raw(`create index orch_executions_running_org on orch_executions (owner_org_id) where status = 'running'`);
  await knex.raw(`create index orch_executions_waiting_user on orch_executions (owner_user_id, started_at) where status = 'pending' and waiting_for_slot`);
  await knex.raw(`create index orch_executions_waiting_org on orch_executions (owner_org_id, started_at) where status = 'pending' and waiting_for_slot`);
}

export async function down(knex: Knex): Promise<void> {
  for (const index of ['running_user', 'running_org', 'waiting_user', 'waiting_org']) await knex.raw(`drop index if exists orch_executions_${index}`);
  await knex.schema.alterTable('orch_executions', (t) => {
    t.dropColumns('running_since', 'waiting_for_slot');
  });
}
