import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createKnex } from './knex.js';
import { coreMigrationsDir, migrateLatest } from './migrations.js';
import { repoRoot } from '../paths.js';

/** Where templates are kept between runs (tests, tools and the build share them). */
export const embeddedTemplateCache = join(repoRoot, 'node_modules', '.cache', 'embedded-db');

/**
 * The template `npm run build` puts beside the bundle, with every API's migrations applied: a new DATA_DIR of
 * `npm start` starts from it. Both come from one build, so it never holds a migration the bundle lacks.
 */
export const bundledTemplateFile = join(repoRoot, 'dist', 'embedded-template.tar');

/**
 * A dump of an in-memory embedded database with the core's migrations and those of `migrationDirs` applied, kept
 * in `cacheDir` under a name that hashes the PGlite version and every migration file, so it is made again only when
 * one of them changes. A test server started from it skips initdb and the migrations.
 */
export async function createEmbeddedTemplate(cacheDir: string, migrationDirs: string[]): Promise<string> {
  const dirs = [coreMigrationsDir, ...migrationDirs];
  const file = join(cacheDir, `pglite-${fingerprint(dirs)}.tar`);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  const embedded = await startEmbeddedPostgres();
  try {
    const knex = createKnex(embedded.url, 1);
    try {
      await migrateLatest(knex, dirs, { serialize: false });
    } finally {
      await knex.destroy();
    }
    // Written aside and renamed, so a run in parallel never loads half a file.
    const partial = `${file}.${process.pid}.partial`;
    await embedded.dump(partial);
    renameSync(partial, file);
  } finally {
    await embedded.stop();
  }
  return file;
}

/** Migration names are unique across folders, so the files sort by name alone, whatever order the folders come in. */
function fingerprint(migrationDirs: string[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.parse(readFileSync(join(repoRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version);
  const files = migrationDirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((name) => ({ name, file: join(dir, name) })) : []));
  for (const { name, file } of files.sort((a, b) => (a.name < b.name ? -1 : 1))) hash.update(`\0${name}\0`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
