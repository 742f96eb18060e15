import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // The local runtime's supervision: which server process runs the container's child process, and what that child
  // last measured of itself. Any server answers from these; only the owner can hand the child work.
  await knex.schema.alterTable('orch_containers', (t) => {
    t.text('owner_instance').nullable();
    t.text('owner_node').nullable();
    t.integer('owner_pid').nullable();
    t.integer('pid').nullable();
    t.float('cpu_percent').notNullable().defaultTo(0);
    t.bigInteger('memory_bytes').notNullable().defaultTo(0);
    t.index(['owner_node', 'status']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('orch_containers', (t) => {
    t.dropIndex(['owner_node', 'status']);
    t.dropColumns('owner_instance', 'owner_node', 'owner_pid', 'pid', 'cpu_percent', 'memory_bytes');
  });
}
