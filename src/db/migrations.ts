import type { Knex } from 'knex';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, runsBundled } from '../paths.js';

/** The framework's own migrations; each API module adds its own folder. */
export const coreMigrationsDir = join(repoRoot, 'db', 'migrations');
// The bundle in dist/ carries each migration compiled to dist/migrations/<name>.cjs; names stay the .ts ones.
const compiledDir = join(repoRoot, 'dist', 'migrations');
const requireCompiled = createRequire(import.meta.url);
const MIGRATION_FILE = /^\d{14}_.+\.ts$/;

type Migration = { up(knex: Knex): Promise<void>; down(knex: Knex): Promise<void> };

/**
 * Timestamped migration files from several folders (the core's and each API's), ordered by name across all of
 * them, loaded as TypeScript modules. Names must be unique across folders.
 */
class FoldersMigrationSource implements Knex.MigrationSource<string> {
  private readonly fileOf = new Map<string, string>();

  constructor(dirs: string[]) {
    for (const dir of dirs) {
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((f) => MIGRATION_FILE.test(f))) {
        const other = this.fileOf.get(name);
        if (other) throw new Error(`migration ${name} exists in both ${other} and ${dir}`);
        this.fileOf.set(name, join(dir, name));
      }
    }
  }

  async getMigrations() {
    return [...this.fileOf.keys()].sort();
  }
  getMigrationName(name: string) {
    return name;
  }
  async getMigration(name: string): Promise<Migration> {
    // Required, not imported, from the bundle: it runs under a code cache, where Node 20 has no import() (src/code-cache.ts).
    if (runsBundled) return requireCompiled(join(compiledDir, name.replace(/\.ts$/, '.cjs')));
    return import(pathToFileURL(this.fileOf.get(name)!).href);
  }
}

/**
 * Runs pending migrations. When every migration is already recorded, one query says so and knex's lock
 * table round trips (about half a second on the embedded database) are skipped. A server mounting a subset of
 * the APIs sees only their migrations, so knex is told not to insist that every recorded one is present.
 */
export async function migrateLatest(knex: Knex, dirs: string[], options: { serialize: boolean }): Promise<void> {
  const source = new FoldersMigrationSource(dirs);
  if (await allApplied(knex, source)) return;
  if (!options.serialize) return runMigrations(knex, source);
  // Several processes starting at once on a fresh database would each create knex_migrations, which knex's own
  // lock cannot prevent (the lock lives in a table made in the same step). One transaction-scoped advisory lock
  // on its own connection lets one process migrate while the others wait and then find nothing left to do.
  await knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    if (!(await allApplied(knex, source))) await runMigrations(knex, source);
  });
}

/** An arbitrary 64-bit key naming this project's migration lock among Postgres advisory locks. */
const MIGRATION_LOCK = 7_355_608_042_211_630_001n.toString();

async function allApplied(knex: Knex, source: FoldersMigrationSource): Promise<boolean> {
  // to_regclass finds the table as knex's own unqualified queries will (through search_path); hasTable asks
  // information_schema, about 15 ms of every start on the embedded database.
  const [{ present }] = (await knex.raw("select to_regclass('knex_migrations') is not null as present")).rows;
  if (!present) return false;
  const applied = new Set((await knex('knex_migrations').select('name')).map((r: { name: string }) => r.name));
  return (await source.getMigrations()).every((name) => applied.has(name));
}

async function runMigrations(knex: Knex, source: FoldersMigrationSource): Promise<void> {
  await knex.migrate.latest({ migrationSource: source, disableMigrationsListValidation: true });
}
