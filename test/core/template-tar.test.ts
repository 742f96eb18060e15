import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { extractTemplate, writeTemplate } from '../../src/db/template-tar.js';

const scratch = mkdtempSync(join(tmpdir(), 'template-tar-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

type Entry = { name: string; type: '0' | '5' | '2'; mode?: number; body?: string };

/** A ustar archive as PGlite's dumpDataDir writes one: names with a leading slash, directories and regular files. */
function tarball(entries: Entry[], file = join(scratch, `${Math.random().toString(36).slice(2)}.tar`)): string {
  const blocks: Buffer[] = [];
  for (const { name, type, mode = type === '5' ? 0o700 : 0o600, body = '' } of entries) {
    const header = Buffer.alloc(512);
    header.write(name, 0);
    header.write(`${mode.toString(8).padStart(7, '0')}\0`, 100);
    header.write(`${Buffer.byteLength(body).toString(8).padStart(11, '0')}\0`, 124);
    header.write(type, 156);
    header.write('ustar\0', 257);
    const data = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
    data.write(body);
    blocks.push(header, data);
  }
  writeFileSync(file, Buffer.concat([...blocks, Buffer.alloc(1024)]));
  return file;
}

describe('extractTemplate: a new data directory written from the template', () => {
  test('writes its directories and files with their modes', () => {
    const dir = join(scratch, 'ok', 'pg');
    extractTemplate(tarball([
      { name: '/base', type: '5' },
      { name: '/base/5', type: '5' },
      { name: '/base/5/1247', type: '0', body: 'x'.repeat(1000) },
      { name: '/PG_VERSION', type: '0', body: '17\n' },
      { name: '/pg_notify', type: '5' },
    ]), dir);
    assert.equal(readFileSync(join(dir, 'PG_VERSION'), 'utf8'), '17\n');
    assert.equal(readFileSync(join(dir, 'base', '5', '1247'), 'utf8'), 'x'.repeat(1000));
    assert.equal(statSync(join(dir, 'base', '5', '1247')).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(join(dir, 'pg_notify')), []);
    assert.deepEqual(readdirSync(join(scratch, 'ok')), ['pg'], 'nothing left beside it');
  });

  test('removes what a start cut off halfway left beside the directory, and nothing else', () => {
    const parent = join(scratch, 'leftovers');
    for (const name of ['pg.4242.partial', 'pg.partial', 'pgx.4242.partial', 'other']) {
      mkdirSync(join(parent, name), { recursive: true });
      writeFileSync(join(parent, name, 'file'), 'x');
    }
    extractTemplate(tarball([{ name: '/PG_VERSION', type: '0', body: '17\n' }]), join(parent, 'pg'));
    assert.deepEqual(readdirSync(parent).sort(), ['other', 'pg', 'pg.partial', 'pgx.4242.partial']);
  });

  test('reads back what writeTemplate wrote of a directory: the same files, contents and modes', () => {
    const source = join(scratch, 'source');
    mkdirSync(join(source, 'base', '5'), { recursive: true, mode: 0o700 });
    mkdirSync(join(source, 'pg_notify'), { mode: 0o750 });
    writeFileSync(join(source, 'PG_VERSION'), '17\n', { mode: 0o600 });
    writeFileSync(join(source, 'base', '5', '1247'), Buffer.alloc(8192 * 3 + 100, 7), { mode: 0o600 });
    writeFileSync(join(source, 'base', '5', '1247_fsm'), '', { mode: 0o600 });
    const file = join(scratch, 'written.tar');
    writeTemplate(source, file);
    const copy = join(scratch, 'read-back', 'pg');
    extractTemplate(file, copy);
    const listing = (root: string, dir = ''): string[] =>
      readdirSync(join(root, dir)).sort().flatMap((name) => {
        const path = join(dir, name);
        const stat = statSync(join(root, path));
        const line = `${path} ${(stat.mode & 0o777).toString(8)} ${stat.isDirectory() ? 'dir' : readFileSync(join(root, path)).toString('base64')}`;
        return stat.isDirectory() ? [line, ...listing(root, path)] : [line];
      });
    assert.deepEqual(listing(copy), listing(source));
  });

  const refused: [string, Entry[], RegExp][] = [
    ['a name that leaves the directory', [{ name: '/../../escaped', type: '0', body: 'no' }], /outside its directory/],
    ['a symbolic link', [{ name: '/link', type: '2' }], /type 2/],
  ];
  for (const [what, entries, message] of refused) {
    test(`refuses ${what}, leaving no directory behind`, () => {
      const parent = join(scratch, `refused-${what.length}`);
      assert.throws(() => extractTemplate(tarball([{ name: '/PG_VERSION', type: '0', body: '17\n' }, ...entries]), join(parent, 'pg')), message);
      assert.deepEqual(readdirSync(parent), []);
      assert.ok(!existsSync(join(scratch, 'escaped')));
    });
  }

  test('refuses a truncated template, leaving no directory behind', () => {
    const whole = readFileSync(tarball([{ name: '/PG_VERSION', type: '0', body: '17\n' }, { name: '/big', type: '0', body: 'y'.repeat(5000) }]));
    const cut = join(scratch, 'cut.tar');
    writeFileSync(cut, whole.subarray(0, 2048));
    const parent = join(scratch, 'truncated');
    assert.throws(() => extractTemplate(cut, join(parent, 'pg')), /truncated/);
    assert.deepEqual(readdirSync(parent), []);
  });
});
