import type { Knex } from 'knex';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract, type RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Where rate-limit counts live. On Postgres every process counts in one table, so a limit holds across any
 * number of processes; the embedded database serves one process, which counts in its own memory. `knex` may
 * be a promise: the host is built while the database is still opening.
 */
export type RateLimitStoreOptions = { kind: 'memory' } | { kind: 'postgres'; knex: Knex | PromiseLike<Knex>; tableName?: string };

/** Counts requests in one bucket: resolves with the state after this request, rejects with it when over the limit. */
export type RateLimitCounter = { consume(key: string): Promise<RateLimiterRes> };

export type RateLimitStore = {
  /** The counter of one bucket (`bucket` is unique across APIs), made once and reused. */
  counter(bucket: string, limit: number, windowSeconds: number): RateLimitCounter;
};

export const DEFAULT_RATE_LIMIT_TABLE = 'rate_limits';

/** One store per server: nothing is shared between two servers in one process. */
export function createRateLimitStore(options: RateLimitStoreOptions): RateLimitStore {
  const counters = new Map<string, RateLimitCounter>();
  const make = options.kind === 'memory' ? memoryCounter : postgresCounters(options.knex, options.tableName ?? DEFAULT_RATE_LIMIT_TABLE);
  return {
    counter(bucket, limit, windowSeconds) {
      const id = `${bucket}|${limit}|${windowSeconds}`;
      let counter = counters.get(id);
      if (!counter) counters.set(id, (counter = make(bucket, limit, windowSeconds)));
      return counter;
    },
  };
}

function memoryCounter(bucket: string, limit: number, windowSeconds: number): RateLimitCounter {
  return new RateLimiterMemory({ keyPrefix: bucket, points: limit, duration: windowSeconds });
}

/**
 * On the first request a setup limiter creates the table (the library's own DDL, tolerant of a concurrent
 * creator) and keeps the library's sweep of expired rows; the counters wait for it and skip both, since one
 * sweep covers the whole table.
 */
function postgresCounters(knex: Knex | PromiseLike<Knex>, tableName: string) {
  let table: Promise<Knex> | undefined;
  const createTable = (client: Knex) =>
    new Promise<Knex>((resolve, reject) => {
      const opts = { storeClient: client, storeType: 'knex', tableName, keyPrefix: 'setup', points: 1, duration: 1 };
      new RateLimiterPostgres(opts, (err?: Error) => (err ? reject(err) : resolve(client)));
    });
  const ready = () => {
    if (!table) {
      table = Promise.resolve(knex).then(createTable);
      // A failed creation (the database not reachable) is tried again by the next request, not remembered.
      table.catch(() => (table = undefined));
    }
    return table;
  };
  return (bucket: string, limit: number, windowSeconds: number): RateLimitCounter => {
    let limiter: RateLimiterAbstract | undefined;
    return {
      async consume(key) {
        if (!limiter) {
          const client = await ready();
          limiter ??= new RateLimiterPostgres({
            storeClient: client,
            storeType: 'knex',
            tableName,
            tableCreated: true,
            clearExpiredByTimeout: false,
            keyPrefix: bucket,
            points: limit,
            duration: windowSeconds,
          });
        }
        return limiter.consume(key);
      },
    };
  };
}
