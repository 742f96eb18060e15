import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('toy_notes', (t) => {
    t.uuid('id').primary();
    t.text('owner_sub').notNullable();
    t.text('text').notNullable();
    t.boolean('processed').notNullable().defaultTo(false);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('toy_notes');
}
