import pg from 'pg';

/**
 * Whether an error came from our own database: a statement Postgres refused, or knex giving up waiting for a
 * pooled connection. Work that calls outside services alongside its own writes tells the two apart this way: an
 * outside failure is the work's outcome to record, a database failure is a reason to try the work again.
 */
export function isDatabaseError(err: unknown): boolean {
  return err instanceof pg.DatabaseError || (err instanceof Error && err.name === 'KnexTimeoutError');
}
