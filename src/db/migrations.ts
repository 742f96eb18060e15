import type { Knex } from 'knex';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, runsBundled } from '../paths.js';

const migrationsDir = join(repoRoot, 'db', 'migrations');
// The bundle in dist/ carries each migration compiled to dist/migrations/<name>.mjs; names stay the .ts ones.
const compiledDir = join(repoRoot, 'dist', 'migrations');

type Migration = { up(knex: Knex): Promise<void>; down(knex: Knex): Promise<void> };

/** Timestamped migration files under db/migrations, loaded as TypeScript modules. */
class DirectoryMigrationSource implements Knex.MigrationSource<string> {
  async getMigrations() {
    return readdirSync(migrationsDir).filter((f) => /^\d{14}_.+\.ts$/.test(f)).sort();
  }
  getMigrationName(name: string) {
    return name;
  }
  async getMigration(name: string): Promise<Migration> {
    const file = runsBundled ? join(compiledDir, name.replace(/\.ts$/, '.mjs')) : join(migrationsDir, name);
    return import(pathToFileURL(file).href);
  }
}

/**
 * Runs pending migrations. When every migration is already recorded, one query says so and knex's lock
 * table round trips (about half a second on the embedded database) are skipped.
 */
export async function migrateLatest(knex: Knex): Promise<void> {
  const source = new DirectoryMigrationSource();
  if (await knex.schema.hasTable('knex_migrations')) {
    const applied = new Set((await knex('knex_migrations').select('name')).map((r: { name: string }) => r.name));
    if ((await source.getMigrations()).every((name) => applied.has(name))) return;
  }
  await knex.migrate.latest({ migrationSource: source });
}
