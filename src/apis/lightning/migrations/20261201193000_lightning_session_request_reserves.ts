import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // A session request is recorded, with what it reserved, when it reserves (state 'running'), so a reserve whose
  // server died before the request settled can be found and given back.
  await knex.schema.alterTable('ln_session_requests', (t) => {
    t.integer('reserved_sats').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('ln_session_requests', (t) => {
    t.dropColumn('reserved_sats');
  });
}
