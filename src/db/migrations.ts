import type { Knex } from 'knex';
import { readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const migrationsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../db/migrations');

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
    return import(pathToFileURL(join(migrationsDir, name)).href);
  }
}

export async function migrateLatest(knex: Knex): Promise<void> {
  await knex.migrate.latest({ migrationSource: new DirectoryMigrationSource() });
}
