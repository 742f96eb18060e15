import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createKnex } from './knex.js';
import { coreMigrationsDir, migrateLatest } from './migrations.js';
import { writeTemplate } from './template-tar.js';
import { createLogger } from '../core/logger.js';
import { JobQueue } from '../queue/job-queue.js';
import { repoRoot } from '../paths.js';

/** Where templates are kept between runs (tests, tools and the build share them). */
export const embeddedTemplateCache = join(repoRoot, 'node_modules', '.cache', 'embedded-db');

/**
 * The template `npm run build` puts beside the bundle, with every API's migrations applied: a new DATA_DIR of
 * `npm start` starts from it. Both come from one build, so it never holds a migration the bundle lacks.
 */
export const bundledTemplateFile = join(repoRoot, 'dist', 'embedded-template.tar');

/**
 * A dump of an embedded database with the core's migrations and those of `migrationDirs` applied, and
 * pg-boss's schema (in its default `pgboss`) with `queues`, kept in `cacheDir` under a name that hashes the
 * versions of PGlite and pg-boss, every migration file and the queue names, so it is made again only when one of
 * them changes. A server started from it skips initdb, the migrations and pg-boss's install.
 */
export async function createEmbeddedTemplate(cacheDir: string, migrationDirs: string[], queues: string[] = []): Promise<string> {
  const dirs = [coreMigrationsDir, ...migrationDirs];
  const file = join(cacheDir, `pglite-${fingerprint(dirs, queues)}.tar`);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  // Made in a directory and closed, so the template is of a database shut down cleanly: one started from a dump
  // of a running database first goes through crash recovery and its end-of-recovery checkpoint (about 40 ms).
  const work = mkdtempSync(join(tmpdir(), 'embedded-template-'));
  try {
    await prepare(work, dirs, queues);
    // Written aside and renamed, so a run in parallel never loads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeTemplate(join(work, 'pg'), partial);
    renameSync(partial, file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return file;
}

async function prepare(dataDir: string, dirs: string[], queues: string[]): Promise<void> {
  const embedded = await startEmbeddedPostgres(dataDir);
  try {
    const knex = createKnex(embedded.url, 1);
    try {
      // A checkpoint renames the WAL segments it no longer needs into future ones (up to min_wal_size): six of the
      // template's seven. Removed instead, they are 6 MB that no database started from the template writes out.
      await knex.raw('SET wal_recycle = off');
      await migrateLatest(knex, dirs, { serialize: false });
      // pg-boss installs its schema and a partition per queue at its first start: about 200 ms of every test
      // server's start and of a new DATA_DIR's first, on one core.
      const jobs = new JobQueue(knex, createLogger('silent'));
      await jobs.start(queues);
      await jobs.stop();
      // PGlite serves one database, `postgres`: template0 and template1, which only CREATE DATABASE reads, are a
      // third of the files every database started from the template writes.
      for (const name of ['template0', 'template1']) {
        await knex.raw('ALTER DATABASE ?? IS_TEMPLATE false', [name]);
        await knex.raw('DROP DATABASE ??', [name]);
      }
      // Every table rewritten compactly, the catalogs the migrations churned included, and without the free-space and
      // visibility maps Postgres makes again when it needs them: 614 files and 11 MB rather than 700 and 15. A new
      // DATA_DIR's first start writes each of them, and creating a file is most of that (~0.1 ms each on ext4 here).
      await knex.raw('VACUUM FULL');
    } finally {
      await knex.destroy();
    }
  } finally {
    await embedded.stop();
  }
  // VACUUM FULL moved the catalogs to new files, so the relation cache's init files are gone: a start writes them
  // again, and this one does it once for every database made from the template.
  const reopened = await startEmbeddedPostgres(dataDir);
  await reopened.stop();
}

/** Changes when the way a template is made changes, so templates cached by an earlier build are made again. */
const TEMPLATE_FORMAT = 'shut down cleanly, pg-boss installed, template databases dropped, WAL segments of 1 MB, none recycled, vacuumed full';

/** Migration names are unique across folders, so the files sort by name alone, whatever order the folders come in. */
function fingerprint(migrationDirs: string[], queues: string[]): string {
  const hash = createHash('sha256');
  hash.update(`${TEMPLATE_FORMAT}\0${[...queues].sort().join(',')}\0`);
  for (const pkg of [['@electric-sql', 'pglite'], ['pg-boss']]) hash.update(`${versionOf(pkg)}\0`);
  const files = migrationDirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((name) => ({ name, file: join(dir, name) })) : []));
  for (const { name, file } of files.sort((a, b) => (a.name < b.name ? -1 : 1))) hash.update(`\0${name}\0`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function versionOf(pkg: string[]): string {
  return JSON.parse(readFileSync(join(repoRoot, 'node_modules', ...pkg, 'package.json'), 'utf8')).version;
}
