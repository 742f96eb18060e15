import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // The stub Lightning node's own ledger: invoices it issued (with their preimage) and payments it sent.
  await knex.schema.createTable('ln_stub_invoices', (t) => {
    t.text('payment_hash').primary();
    t.text('payment_request').notNullable();
    t.text('preimage').notNullable();
    t.integer('amount_sats').notNullable();
    t.text('memo').notNullable().defaultTo('');
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('paid_at', { useTz: true }).nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('ln_stub_payments', (t) => {
    t.text('payment_hash').primary();
    t.text('payment_request').notNullable();
    t.integer('amount_sats').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('ln_jobs', (t) => {
    t.text('id').primary();
    t.text('request').notNullable();
    t.text('state').notNullable();
    t.text('eval_payment_hash').notNullable();
    t.text('eval_payment_request').notNullable();
    t.integer('eval_amount_sats').notNullable();
    t.timestamp('eval_paid_at', { useTz: true }).nullable();
    t.text('work_payment_hash').nullable();
    t.text('work_payment_request').nullable();
    t.integer('work_amount_sats').nullable();
    t.timestamp('work_paid_at', { useTz: true }).nullable();
    t.double('estimated_cost_usd').nullable();
    t.double('margin_pct').nullable();
    t.double('btc_price_usd').nullable();
    t.text('reason').nullable();
    t.text('result').nullable();
    t.text('error_message').nullable();
    t.integer('actual_input_tokens').nullable();
    t.integer('actual_output_tokens').nullable();
    t.double('actual_cost_usd').nullable();
    t.double('actual_charge_usd').nullable();
    t.integer('actual_amount_sats').nullable();
    t.integer('refund_amount_sats').nullable();
    t.text('refund_state').nullable();
    t.text('refund_payment_hash').nullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('completed_at', { useTz: true }).nullable();
    t.index(['eval_payment_hash']);
  });
  await knex.schema.createTable('ln_sessions', (t) => {
    t.text('id').primary();
    t.text('state').notNullable();
    t.integer('balance_sats').notNullable().defaultTo(0);
    // Each session's macaroons are signed with its own root key, which never leaves the server.
    t.text('root_key').notNullable();
    t.text('macaroon').nullable();
    t.text('deposit_payment_hash').notNullable();
    t.text('deposit_payment_request').notNullable();
    t.integer('deposit_amount_sats').notNullable();
    t.text('topup_payment_hash').nullable();
    t.text('topup_payment_request').nullable();
    t.integer('topup_amount_sats').nullable();
    t.timestamp('last_activity_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('alter table ln_sessions add constraint ln_sessions_balance_non_negative check (balance_sats >= 0)');
  await knex.schema.createTable('ln_session_requests', (t) => {
    t.text('id').primary();
    t.text('session_id').notNullable().references('ln_sessions.id').onDelete('cascade');
    t.text('request').notNullable();
    t.text('state').notNullable();
    t.text('result').nullable();
    t.text('reason').nullable();
    t.text('error_message').nullable();
    t.integer('eval_sats').notNullable();
    t.integer('work_sats').notNullable();
    t.double('btc_price_usd').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['session_id']);
  });
  await knex.schema.createTable('ln_gemini_conversations', (t) => {
    t.increments('id').primary();
    t.text('title').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('ln_gemini_messages', (t) => {
    t.increments('id').primary();
    t.integer('conversation_id').notNullable().references('ln_gemini_conversations.id').onDelete('cascade');
    t.text('role').notNullable();
    t.text('content').notNullable();
    // A reply cut short by a client that went away is kept, marked incomplete.
    t.boolean('complete').notNullable().defaultTo(true);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['conversation_id', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['ln_gemini_messages', 'ln_gemini_conversations', 'ln_session_requests', 'ln_sessions', 'ln_jobs', 'ln_stub_payments', 'ln_stub_invoices']) {
    await knex.schema.dropTableIfExists(table);
  }
}
