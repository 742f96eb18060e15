import type { Knex } from 'knex';

// The Idempotency-Key of each sendPartnerClaim that credited an account, with the answer it got: a retry with the
// key is answered from here instead of crediting again. The row is written in the transaction of the credit, and
// the primary key makes a raced retry wait for that transaction and then find the row.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('lf_partner_claim_keys', (t) => {
    t.text('owner_sub').notNullable();
    t.text('partner').notNullable();
    t.text('key').notNullable();
    // sha256 of the request body in canonical JSON: the same key with another body is refused, not replayed.
    t.text('request_hash').notNullable();
    t.uuid('claim_id').notNullable().references('lf_partner_claims.id').onDelete('CASCADE');
    t.jsonb('response').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['owner_sub', 'partner', 'key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('lf_partner_claim_keys');
}
