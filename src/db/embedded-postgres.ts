import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { extractTemplate } from './template-tar.js';
import { applyWasmFlags } from './wasm-flags.js';

export type EmbeddedPostgres = {
  url: string;
  stop(): Promise<void>;
};

/**
 * PGlite maps all of Postgres' shared memory at every start and clears it (one WASM memset), so every megabyte of
 * it is a megabyte of fresh pages touched before the first query: on this project's CI machines a first touch costs
 * about 2.8 ms per MB (page faults; a second pass over the same memory costs 0.05), and opening a database took
 * 32 ms less with 8 MB of buffers than with 16 (alternating 6 opens each on one core). An embedded database is a
 * development or test one, one process, with its files in the OS page cache (or in memory), so a page that is not
 * in the buffers is read from there, not from a disk: 8 MB (1,024 pages) holds the working set of these APIs'
 * development data.
 */
export const EMBEDDED_SHARED_BUFFERS = '8MB';

/**
 * The rest of the shared memory is sized by the backends Postgres plans for: initdb's 100 connections and 10 WAL
 * senders. PGlite runs one backend in single-user mode (the socket server multiplexes its clients onto it) and
 * replicates to no one, so 10 connections and no senders; the lock table keeps room for a large migration in one
 * transaction (256 locks per backend: about 3,500 in all, where initdb's settings give about 7,300). 24 MB of shared
 * memory becomes 14, another 10 ms of every open.
 */
const SHARED_MEMORY_PARAMS = ['-c', 'max_connections=10', '-c', 'max_wal_senders=0', '-c', 'max_locks_per_transaction=256'];

/**
 * WAL segments of 1 MB rather than 16: a database made by initdb holds one segment, nearly all zeros, that every
 * database started from its template writes out again (16 of the template's 28 MB: a new DATA_DIR's first start,
 * and every in-memory test database; the template is now 19 MB). initdb scales the WAL sizes with the segment:
 * a checkpoint at the latest every 64 MB of WAL rather than 1 GB, plenty for a development or test database.
 */
export const EMBEDDED_WAL_SEGMENT_MB = 1;
const INITDB_PARAMS = [`--wal-segsize=${EMBEDDED_WAL_SEGMENT_MB}`];
const START_PARAMS = [...PGlite.defaultStartParams, '-c', `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`, ...SHARED_MEMORY_PARAMS];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PGlite does not stop a second opener (another process, or this one twice) from corrupting its directory: take a lockfile. */
function takeLock(dir: string): () => void {
  const file = join(dir, 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (owner && isAlive(owner)) {
        throw new Error(`The embedded database in ${dir} is in use by process ${owner}; stop it or set DATA_DIR`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${file}`);
}

/**
 * Serves PGlite over the Postgres wire protocol on a loopback port, so knex, pg and pg-boss use the same `pg`
 * driver as against a real server. `dataDir` undefined means in memory (tests). A database that does not exist
 * yet, in memory or in a new `dataDir`, starts from `template` (see createEmbeddedTemplate) when given: it skips initdb and
 * the migrations the template holds, several seconds of a first start.
 */
export async function startEmbeddedPostgres(dataDir?: string, template?: string): Promise<EmbeddedPostgres> {
  let release = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = takeLock(dataDir);
  }
  try {
    applyWasmFlags();
    const pgDir = dataDir ? join(dataDir, 'pg') : undefined;
    // A new data directory gets the template's files written straight to disk: PGlite's own loadDataDir writes
    // them through its WebAssembly file system, about 0.4 s more of a first start.
    if (template && pgDir && !existsSync(pgDir)) extractTemplate(template, pgDir);
    const fresh = !pgDir || !existsSync(join(pgDir, 'PG_VERSION'));
    const db = await PGlite.create({
      ...(pgDir ? { dataDir: pgDir } : {}),
      startParams: START_PARAMS,
      initDbStartParams: INITDB_PARAMS,
      ...(template && fresh ? { loadDataDir: new Blob([readFileSync(template)]) } : {}),
    });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 64 });
    await server.start();
    return {
      url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
