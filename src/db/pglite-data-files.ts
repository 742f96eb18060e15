/**
 * What PGlite's Emscripten file packager does for each of the ~700 files in pglite.data (Postgres' share/ and lib/:
 * ~600 of them time zones) when a database opens: `Module.FS_createDataFile(path, null, bytes, true, true, true)`.
 * Emscripten's createDataFile walks the path from the root three times (create, then open, then chmod) and goes
 * through a stream to write: about 55 ms of every open on one core of this project's CI machines. This makes the
 * same in-memory file, mode and bytes (owned, not copied, as canOwn asks), looking each directory up once: ~7 ms.
 * The server's bundle calls it in place of that line (scripts/bundle-start-up.ts); anything other than a new file in
 * a MEMFS directory takes Emscripten's own path.
 */

/** The part of PGlite's Emscripten module this touches. */
export type DataFileModule = {
  FS: { lookupPath(path: string): { node: FsNode } };
  MEMFS: { ops_table: { dir: { node: unknown } } | null; createNode(parent: FsNode, name: string, mode: number, dev: number): FsNode };
  FS_createDataFile(parent: string, name: string | null, data: Uint8Array, canRead: boolean, canWrite: boolean, canOwn: boolean): void;
};
type FsNode = { node_ops: unknown; contents: unknown; usedBytes?: number };

/** What createDataFile(…, canRead, canWrite) gives: a regular file, 0o777 (Emscripten's canRead is read and execute). */
const DATA_FILE_MODE = 0o100777;

/**
 * Each module's directories, looked up once. Kept for the loader's loop, which runs before Postgres starts and
 * removes no directory: a directory removed and made again later would leave a stale entry here.
 */
const directories = new WeakMap<DataFileModule, Map<string, FsNode>>();

export function createDataFile(mod: DataFileModule, path: string, bytes: Uint8Array): void {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const parent = name ? directoryOf(mod, path.slice(0, slash) || '/') : undefined;
  const memfsDirectory = mod.MEMFS.ops_table?.dir.node;
  if (!parent || memfsDirectory === undefined || parent.node_ops !== memfsDirectory || Object.hasOwn(parent.contents as object, name)) {
    mod.FS_createDataFile(path, null, bytes, true, true, true);
    return;
  }
  const node = mod.MEMFS.createNode(parent, name, DATA_FILE_MODE, 0);
  node.contents = bytes;
  node.usedBytes = bytes.length;
}

function directoryOf(mod: DataFileModule, dir: string): FsNode {
  let known = directories.get(mod);
  if (!known) directories.set(mod, (known = new Map()));
  let node = known.get(dir);
  if (!node) known.set(dir, (node = mod.FS.lookupPath(dir).node));
  return node;
}
