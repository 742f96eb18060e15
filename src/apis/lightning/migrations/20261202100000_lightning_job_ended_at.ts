import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // `completed_at` is now set when a job ends in any way (decision 37). A job rejected or failed before this kept
  // none: it gets the last moment on record for it, its last payment or else its creation, which is no later than
  // when it ended.
  await knex('ln_jobs')
    .whereIn('state', ['rejected', 'failed'])
    .whereNull('completed_at')
    .update({ completed_at: knex.raw('coalesce(work_paid_at, eval_paid_at, created_at)') });
}

export async function down(): Promise<void> {
  // The times set are kept: nothing tells them apart from those set when a job ended.
}
