import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import pg from 'pg';
import '../../src/db/knex.js';
import { toWire } from '../../src/core/serialize.js';

describe('database values become their spec forms', () => {
  test('Date → ISO string, bigint → number when exact else string, Buffer → base64, undefined dropped', () => {
    const when = new Date('2026-01-02T03:04:05.000Z');
    assert.deepEqual(toWire({ when, small: 5n, huge: 2n ** 70n, raw: Buffer.from('hi'), gone: undefined, list: [when] }), {
      when: '2026-01-02T03:04:05.000Z',
      small: 5,
      huge: '1180591620717411303424',
      raw: 'aGk=',
      list: ['2026-01-02T03:04:05.000Z'],
    });
  });

  test('pg int8 and numeric parse to numbers when exact, else keep their precision', () => {
    const int8 = pg.types.getTypeParser(pg.types.builtins.INT8);
    const numeric = pg.types.getTypeParser(pg.types.builtins.NUMERIC);
    assert.equal(int8('42'), 42);
    assert.equal(int8('12345678901234567890'), 12345678901234567890n);
    assert.equal(numeric('12.50'), 12.5);
    assert.equal(numeric('10'), 10);
    assert.equal(numeric('0.1000000000000000000001'), '0.1000000000000000000001');
  });
});
