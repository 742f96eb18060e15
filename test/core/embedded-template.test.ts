import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openDatabase } from '../../src/db/database.js';
import { EMBEDDED_SHARED_BUFFERS, EMBEDDED_WAL_SEGMENT_MB } from '../../src/db/embedded-postgres.js';
import { createEmbeddedTemplate } from '../../src/db/embedded-template.js';
import { repoRoot } from '../../src/paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'embedded-template-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const toyMigrations = join(scratch, 'migrations');
cpSync(join(repoRoot, 'test', 'toy-api', 'migrations'), toyMigrations, { recursive: true });
const dirs = [toyMigrations];
const cache = join(scratch, 'cache');

describe('createEmbeddedTemplate: a migrated embedded database to start test servers from', () => {
  test('a database opened from it has the tables and migration records, and is its own copy', async () => {
    const template = await createEmbeddedTemplate(cache, dirs);
    const [a, b] = [await openDatabase({ dataDir: null, migrationDirs: dirs, template }), await openDatabase({ dataDir: null, migrationDirs: dirs, template })];
    try {
      const names = (await a.knex('knex_migrations').pluck('name')) as string[];
      assert.ok(names.includes('20261130000000_toy_notes.ts'), names.join(', '));
      await a.knex('toy_notes').insert({ id: '00000000-0000-4000-8000-000000000001', owner_sub: 'a', text: 'only in a' });
      assert.equal((await a.knex('toy_notes').count({ n: '*' }))[0].n, 1);
      assert.equal((await b.knex('toy_notes').count({ n: '*' }))[0].n, 0);
      // initdb's 128MB would be cleared at every start of every test server.
      assert.equal((await a.knex.raw('show shared_buffers')).rows[0].shared_buffers, EMBEDDED_SHARED_BUFFERS);
      // All of the shared memory is cleared at every start: initdb's 100 connections would add 10 MB to the buffers.
      const shared = (await a.knex.raw('show shared_memory_size')).rows[0].shared_memory_size as string;
      assert.ok(Number.parseInt(shared, 10) <= 16, `shared memory ${shared}`);
      // A 16 MB segment of zeros would be most of the template, written out by every database made from it.
      assert.equal((await a.knex.raw('show wal_segment_size')).rows[0].wal_segment_size, `${EMBEDDED_WAL_SEGMENT_MB}MB`);
      assert.ok(statSync(template).size < 16 * 1024 * 1024, `template of ${statSync(template).size} bytes`);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('a new data directory starts from it and keeps what is written; one that exists opens as it was', async () => {
    const template = await createEmbeddedTemplate(cache, dirs);
    const dataDir = join(scratch, 'data');
    const opened = new Date();
    const first = await openDatabase({ dataDir, migrationDirs: dirs, template });
    try {
      // Applied when the template was made, before this open: not migrated here after an initdb.
      const applied = await first.knex('knex_migrations').where({ name: '20261130000000_toy_notes.ts' }).first();
      assert.ok(applied && new Date(applied.migration_time) < opened, JSON.stringify(applied));
      await first.knex('toy_notes').insert({ id: '00000000-0000-4000-8000-000000000002', owner_sub: 'a', text: 'kept' });
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir, migrationDirs: dirs, template });
    try {
      assert.deepEqual(await again.knex('toy_notes').pluck('text'), ['kept']);
    } finally {
      await again.close();
    }
  });

  test("pg-boss's schema and the given queues are in it, so a first start does not install them", async () => {
    const template = await createEmbeddedTemplate(cache, dirs, ['toy-template-queue']);
    const db = await openDatabase({ dataDir: null, migrationDirs: dirs, template });
    try {
      assert.deepEqual(await db.knex('pgboss.queue').where({ name: 'toy-template-queue' }).pluck('name'), ['toy-template-queue']);
    } finally {
      await db.close();
    }
    assert.notEqual(await createEmbeddedTemplate(cache, dirs, ['another-queue']), template, 'other queues, another dump');
  });

  test('the same migrations reuse the dump; a changed migration makes a new one', async () => {
    const first = await createEmbeddedTemplate(cache, dirs);
    const written = statSync(first).mtimeMs;
    assert.equal(await createEmbeddedTemplate(cache, dirs), first);
    assert.equal(statSync(first).mtimeMs, written, 'not written again');

    writeFileSync(join(toyMigrations, '20261130000001_toy_more.ts'), `export async function up(knex) { await knex.schema.createTable('toy_more', (t) => t.text('id')); }\nexport async function down() {}\n`);
    const second = await createEmbeddedTemplate(cache, dirs);
    assert.notEqual(second, first);
    const db = await openDatabase({ dataDir: null, migrationDirs: dirs, template: second });
    try {
      assert.ok(await db.knex.schema.hasTable('toy_more'));
    } finally {
      await db.close();
    }
  });
});
