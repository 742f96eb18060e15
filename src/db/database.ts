import type { Knex } from 'knex';
import { createKnex } from './knex.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { coreMigrationsDir, migrateLatest } from './migrations.js';

export type Database = { knex: Knex; url: string; embedded: boolean; close(): Promise<void> };

/**
 * DATABASE_URL → that Postgres. Otherwise an embedded PGlite under dataDir (or in memory when dataDir is null).
 * The core's migrations and those of `migrationDirs` run on open either way. `template`: see startEmbeddedPostgres.
 */
export async function openDatabase(options: { url?: string; dataDir: string | null; migrationDirs?: string[]; template?: string }): Promise<Database> {
  const embedded = options.url ? undefined : await startEmbeddedPostgres(options.dataDir ?? undefined, options.template);
  const url = options.url ?? embedded!.url;
  // pglite-socket interleaves extended-protocol messages of concurrent connections (a Bind of one lands
  // between another's Parse and Execute: "portal does not exist"), so the embedded database gets exactly one.
  const knex = createKnex(url, embedded ? 1 : 10);
  try {
    await migrateLatest(knex, [coreMigrationsDir, ...(options.migrationDirs ?? [])], { serialize: !embedded });
  } catch (err) {
    await knex.destroy();
    await embedded?.stop();
    throw err;
  }
  return {
    knex,
    url,
    embedded: Boolean(embedded),
    async close() {
      await knex.destroy();
      await embedded?.stop();
    },
  };
}
