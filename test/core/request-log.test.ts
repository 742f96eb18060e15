import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import pino, { type LoggerOptions } from 'pino';
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
