import knexFactory, { type Knex } from 'knex';
import pg from 'pg';

// int8 arrives as a number when exact (else a bigint, which the serializer turns into a string); numeric as a
// number when it survives the round trip, else as its exact string.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : BigInt(v);
});
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => {
  const n = Number(v);
  const canonical = v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
  return Number.isFinite(n) && String(n) === canonical ? n : v;
});

export function createKnex(url: string, poolMax = 10): Knex {
  return knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: poolMax }, acquireConnectionTimeout: 15_000 });
}

export type { Knex };
