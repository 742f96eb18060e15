import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('toy_notes', (t) => {
    t.uuid('id').primary();
    t.text('owner_sub').notNullable();
    t.text('text').notNullable();
    t.text('callback_url');
    t.boolean('processed').notNullable().defaultTo(false);
    t.integer('times_processed').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('toy_notes');
}
