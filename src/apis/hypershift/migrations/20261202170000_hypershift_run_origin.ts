import type { Knex } from 'knex';

/**
 * The origin the run's creating request reached the server at (its Host, or what a trusted proxy forwarded). The
 * local deployment target's URL starts there and then the run's mount_path, so deployment_url names the server as
 * the client knows it, not as the server binds (0.0.0.0 in a container, 127.0.0.1 behind a balancer). Runs from
 * before this column fall back to the listen address.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('hs_runs', (t) => {
    t.text('origin').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('hs_runs', (t) => {
    t.dropColumn('origin');
  });
}
