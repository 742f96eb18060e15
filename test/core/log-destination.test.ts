import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '../../src/core/logger.js';

const readLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg: string; n: number; text?: string });

describe('log destination', () => {
  test('lines logged in one turn reach the file whole and in order', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'log-')), 'out.log');
    const logger = createLogger('info', file);
    for (let n = 0; n < 500; n++) logger.info({ n }, 'line');
    // The file is opened and written asynchronously (sonic-boom's flush callback waits for neither): wait for it.
    const written = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');
    for (let waited = 0; waited < 5000 && !written().includes('"n":499'); waited += 20) await sleep(20);
    assert.deepEqual(
      readLines(file).map((l) => l.n),
      Array.from({ length: 500 }, (_, n) => n),
    );
  });

  test('lines of any size and any characters arrive whole and in order, across many chunks', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'log-')), 'out.log');
    const logger = createLogger('info', file);
    // A chunk holds 256 KiB: 3,000 lines of 1 KiB and more fill several, one line of 400,000 characters is larger
    // than a chunk on its own, and multi-byte characters take up to 3 bytes (4 for a surrogate pair) each.
    const text = (n: number) => (n === 1500 ? 'x'.repeat(400_000) : `josé ☃ 🚀 ${'é'.repeat(n % 700)}`);
    for (let n = 0; n < 3000; n++) logger.info({ n, text: text(n) }, 'line');
    const written = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');
    for (let waited = 0; waited < 10_000 && !written().includes('"n":2999'); waited += 20) await sleep(20);
    const lines = readLines(file);
    assert.deepEqual(
      lines.map((l) => l.n),
      Array.from({ length: 3000 }, (_, n) => n),
    );
    assert.ok(lines.every((l) => l.text === text(l.n)));
  });

  test('the chunks lines are encoded into are reused once written, not allocated anew for every hand-over', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'log-')), 'out.log');
    const logger = createLogger('info', file);
    const allocUnsafe = Buffer.allocUnsafe;
    let chunks = 0;
    Buffer.allocUnsafe = (size: number) => {
      if (size === 256 * 1024) chunks++;
      return allocUnsafe(size);
    };
    try {
      // 20 hand-overs of about 100 KiB each (the 25 ms timer), each written before the next.
      for (let round = 0; round < 20; round++) {
        for (let n = 0; n < 100; n++) logger.info({ round, n, text: 'x'.repeat(1000) }, 'line');
        await sleep(60);
      }
    } finally {
      Buffer.allocUnsafe = allocUnsafe;
    }
    assert.ok(chunks <= 3, `${chunks} chunks allocated for 20 hand-overs`);
    assert.equal(readLines(file).length, 2000);
  });

  test('a process that exits right after logging loses no line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'log-')), 'out.log');
    const program = `
      import { createLogger } from ${JSON.stringify(new URL('../../src/core/logger.ts', import.meta.url).pathname)};
      const logger = createLogger('info', ${JSON.stringify(file)});
      setTimeout(() => {
        for (let n = 0; n < 200; n++) logger.info({ n }, 'before exit');
        process.exit(0);
      }, 50);
    `;
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], { stdio: 'pipe' });
    assert.equal(readLines(file).length, 200);
  });
});
