import knexFactory, { type Knex } from 'knex';
import pg from 'pg';

// int8 counts and sums arrive as numbers (exact below 2^53); numeric stays a string unless a service converts it.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : BigInt(v);
});

export function createKnex(url: string, poolMax = 10): Knex {
  return knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: poolMax }, acquireConnectionTimeout: 15_000 });
}

export type { Knex };
