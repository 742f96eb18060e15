import type { Knex } from 'knex';

// Live event streams wake on this notification instead of waiting for their next poll.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create or replace function lf_notify_run_event() returns trigger language plpgsql as $$
    begin
      perform pg_notify('lf_run_events', new.run_id::text);
      return new;
    end $$`);
  await knex.raw(`create trigger lf_run_events_notify after insert on lf_run_events for each row execute function lf_notify_run_event()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists lf_run_events_notify on lf_run_events');
  await knex.raw('drop function if exists lf_notify_run_event()');
}
