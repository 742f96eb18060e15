import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Why the last refund payment failed, shown while the refund is claimable again.
  await knex.schema.alterTable('ln_jobs', (t) => {
    t.text('refund_error').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('ln_jobs', (t) => {
    t.dropColumn('refund_error');
  });
}
