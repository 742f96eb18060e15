import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // A top-up takes the session's one top-up slot (a token and when) before its invoice is issued, so of concurrent
  // top-ups only the winner issues one; a claim whose server died is taken over once it is old.
  await knex.schema.alterTable('ln_sessions', (t) => {
    t.text('topup_claim').nullable();
    t.timestamp('topup_claimed_at', { useTz: true }).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('ln_sessions', (t) => {
    t.dropColumn('topup_claim');
    t.dropColumn('topup_claimed_at');
  });
}
