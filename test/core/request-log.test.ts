import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import pino, { type LoggerOptions } from 'pino';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '../../src/core/logger.js';
import { requestLog } from '../../src/core/request-log.js';

const labels = { api: 'shop', operation: 'getItem' };
const fixedTime = () => ',"time":1700000000000';

/** A logger writing into an array, and the lines pino itself writes for the same request through `info`. */
function capture(options: LoggerOptions) {
  const lines: string[] = [];
  const logger = pino({ base: { service: 'x' }, timestamp: fixedTime, ...options }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}

function bothWays(options: LoggerOptions, requestId: string, status: number, durationMs: number) {
  const ours = capture(options);
  requestLog(ours.logger, labels)(requestId, status, durationMs);
  const pinos = capture(options);
  pinos.logger.child(labels).info({ requestId, status, durationMs: Math.round(durationMs * 100) / 100 }, 'request');
  return { ours: ours.lines, pinos: pinos.lines };
}

describe('request log line', () => {
  test('is byte for byte the line pino writes, for a plain logger', () => {
    const { ours, pinos } = bothWays({}, '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 201, 1.23456);
    assert.equal(ours.length, 1);
    assert.equal(ours[0], pinos[0]);
    assert.deepEqual(JSON.parse(ours[0]), {
      level: 30, time: 1700000000000, service: 'x', api: 'shop', operation: 'getItem',
      requestId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', status: 201, durationMs: 1.23, msg: 'request',
    });
  });

  test('matches pino with a custom message key, level formatter and ISO time too', () => {
    const options: LoggerOptions = { messageKey: 'message', formatters: { level: (label) => ({ severity: label }) } };
    const { ours, pinos } = bothWays(options, 'req-1', 404, 0.5);
    assert.equal(ours[0], pinos[0]);
    assert.match(ours[0], /^\{"severity":"info","time":1700000000000,.*"message":"request"\}\n$/);
  });

  test('escapes a request id that needs it', () => {
    const { ours, pinos } = bothWays({}, 'quote"and\\back', 400, 2);
    assert.equal(ours[0], pinos[0]);
    assert.equal(JSON.parse(ours[0]).requestId, 'quote"and\\back');
  });

  test('writes nothing when info is off', () => {
    const { logger, lines } = capture({ level: 'warn' });
    requestLog(logger, labels)('a', 200, 1);
    assert.equal(lines.length, 0);
  });

  test('goes through pino when the logger changes lines (mixin, redaction, serializers)', () => {
    for (const options of [
      { mixin: () => ({ region: 'eu' }) },
      { redact: ['requestId'] },
      { serializers: { status: (s: number) => `HTTP ${s}` } },
      { msgPrefix: '[api] ' },
    ] satisfies LoggerOptions[]) {
      const { ours, pinos } = bothWays(options, 'req-2', 200, 1);
      assert.equal(ours[0], pinos[0], JSON.stringify(Object.keys(options)));
    }
    const { ours } = bothWays({ redact: ['requestId'] }, 'secret-id', 200, 1);
    assert.equal(JSON.parse(ours[0]).requestId, '[Redacted]');
  });
});

describe('request log line through the server destination (held as fields, built later)', () => {
  const tempFile = () => join(mkdtempSync(join(tmpdir(), 'request-log-')), 'out.log');
  const readLines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
  async function waitForLines(file: string, count: number): Promise<string[]> {
    for (let waited = 0; waited < 5000 && readLines(file).length < count; waited += 20) await sleep(20);
    return readLines(file);
  }
  /** The line pino itself writes for these fields at this time, with createLogger's base. */
  function pinosLine(time: number, requestId: string, status: number, durationMs: number): string {
    const lines: string[] = [];
    const logger = pino({ base: { service: 'contract-first' }, timestamp: () => `,"time":${time}` }, { write: (line: string) => void lines.push(line) });
    logger.child(labels).info({ requestId, status, durationMs: Math.round(durationMs * 100) / 100 }, 'request');
    return lines[0].trimEnd();
  }

  test('is pino’s line, stamped when it was logged, not when it was built', async () => {
    const file = tempFile();
    const log = requestLog(createLogger('info', file), labels);
    const before = Date.now();
    log('3f2504e0-4f89-41d3-9a0c-0305e82c3301', 201, 1.23456);
    log('quote"and\\back', 400, 2);
    const after = Date.now();
    const lines = await waitForLines(file, 2);
    assert.equal(lines.length, 2);
    const times = lines.map((line) => (JSON.parse(line) as { time: number }).time);
    for (const time of times) assert.ok(time >= before && time <= after, `time ${time} outside ${before}..${after}`);
    assert.equal(lines[0], pinosLine(times[0], '3f2504e0-4f89-41d3-9a0c-0305e82c3301', 201, 1.23456));
    assert.equal(lines[1], pinosLine(times[1], 'quote"and\\back', 400, 2));
  });

  test('keeps its place among other lines, across more lines than are held at once', async () => {
    const file = tempFile();
    const logger = createLogger('info', file);
    const log = requestLog(logger, labels);
    for (let n = 0; n < 3000; n++) {
      if (n % 700 === 0) logger.info({ n }, 'other');
      log(`req-${n}`, 200, n / 100);
    }
    const lines = (await waitForLines(file, 3005)).map((line) => JSON.parse(line) as { msg: string; n?: number; requestId?: string });
    const expected: string[] = [];
    for (let n = 0; n < 3000; n++) {
      if (n % 700 === 0) expected.push(`other ${n}`);
      expected.push(`request req-${n}`);
    }
    assert.deepEqual(
      lines.map((l) => (l.msg === 'other' ? `other ${l.n}` : `request ${l.requestId}`)),
      expected,
    );
  });

  test('a process that exits right after answering loses no line', () => {
    const file = tempFile();
    const src = (name: string) => JSON.stringify(new URL(`../../src/core/${name}`, import.meta.url).pathname);
    const program = `
      import { createLogger } from ${src('logger.ts')};
      import { requestLog } from ${src('request-log.ts')};
      const logger = createLogger('info', ${JSON.stringify(file)});
      const log = requestLog(logger, { api: 'shop', operation: 'getItem' });
      setTimeout(() => {
        for (let n = 0; n < 1500; n++) log('req-' + n, 200, 1);
        logger.info('last');
        for (let n = 0; n < 10; n++) log('after-' + n, 200, 1);
        process.exit(0);
      }, 50);
    `;
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], { stdio: 'pipe' });
    const lines = readLines(file).map((line) => JSON.parse(line) as { msg: string; requestId?: string });
    assert.equal(lines.length, 1511);
    assert.equal(lines[1500].msg, 'last');
    assert.equal(lines[1510].requestId, 'after-9');
  });
});
