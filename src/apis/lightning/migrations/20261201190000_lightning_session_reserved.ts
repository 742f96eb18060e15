import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // What requests under way have reserved from the balance: a session pauses only when the balance would stay below
  // the minimum even if every one of them gave its reserve back, not on the balance they hold for a moment.
  await knex.schema.alterTable('ln_sessions', (t) => {
    t.integer('reserved_sats').notNullable().defaultTo(0);
  });
  await knex.raw('alter table ln_sessions add constraint ln_sessions_reserved_non_negative check (reserved_sats >= 0)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('ln_sessions', (t) => {
    t.dropColumn('reserved_sats');
  });
}
