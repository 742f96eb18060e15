import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orch_agents', (t) => {
    // A deploy under way holds the agent until then: a second deploy of it is refused before it starts a process,
    // rather than after. Not a status: the spec's agent statuses have no `deploying`. It lapses on its own, so a
    // server that stopped mid-deploy does not hold the agent for ever.
    t.timestamp('deploying_until', { useTz: true }).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orch_agents', (t) => {
    t.dropColumn('deploying_until');
  });
}
