import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // When the job's invoices expire: an invoice still unpaid then ends the job. Null for jobs from before (their
  // payment request, which carries its expiry, is read instead).
  await knex.schema.alterTable('ln_jobs', (t) => {
    t.timestamp('eval_expires_at', { useTz: true }).nullable();
    t.timestamp('work_expires_at', { useTz: true }).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('ln_jobs', (t) => {
    t.dropColumn('eval_expires_at');
    t.dropColumn('work_expires_at');
  });
}
