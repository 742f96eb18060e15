import type { Knex } from 'knex';

// One row while a user's account is being created at a partner: raced provisions see it and wait for the account
// instead of asking the partner again (each ask creates an account there).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('lf_partner_provisionings', (t) => {
    t.text('owner_sub').notNullable();
    t.text('partner').notNullable();
    // Who holds the claim now: a holder removes only its own, not one taken over after it went stale.
    t.uuid('claim_id').notNullable();
    t.timestamp('claimed_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['owner_sub', 'partner']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('lf_partner_provisionings');
}
