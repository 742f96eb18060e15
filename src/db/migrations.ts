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

export async function migrateLatest(knex: Knex): Promise<void> {
  await knex.migrate.latest({ migrationSource: new DirectoryMigrationSource() });
}
