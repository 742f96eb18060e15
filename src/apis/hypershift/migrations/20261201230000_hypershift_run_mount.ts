import type { Knex } from 'knex';

/**
 * Where the API was served when the run was created (the request's base path: `/hypershift` beside the other APIs,
 * `` alone). The local deployment target's URL starts there, so deployment_url points where this server answers.
 * Runs from before this column fall back to `/hypershift`, the only mount they could have had a working URL at.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('hs_runs', (t) => {
    t.text('mount_path').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('hs_runs', (t) => {
    t.dropColumn('mount_path');
  });
}
