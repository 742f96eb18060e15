import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { compileSerializer, serializeAny } from '../../src/core/response-serializer.js';
import { toWire } from '../../src/core/serialize.js';
import { loadSpec, type JsonSchema } from '../../src/core/spec-loader.js';
import { generatedSpecFile } from '../../src/apis/generated-spec.js';
import { repoRoot } from '../../src/paths.js';

/** What the response would be without a compiled serializer. */
const reference = (value: unknown) => JSON.stringify(toWire(value));

function assertSameJson(schema: JsonSchema, value: unknown): void {
  const text = compileSerializer(schema)(value);
  const expected = reference(value);
  if (expected === undefined) return assert.equal(text, undefined);
  assert.equal(typeof text, 'string', `no text for ${expected}`);
  assert.deepEqual(JSON.parse(text!), JSON.parse(expected), expected);
}

const item = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    price: { type: 'number' },
    count: { type: 'integer' },
    active: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    note: { type: ['string', 'null'] },
    at: { type: 'string', format: 'date-time' },
    meta: { type: 'object', properties: { source: { type: 'string' } } },
  },
};

describe('compiled response serializers write what JSON.stringify would', () => {
  test('a value shaped as its schema predicts', () => {
    const value = { id: 'b1c2', name: 'x', price: 9.5, count: 3, active: true, tags: ['a', 'b'], note: null, meta: { source: 's', extra: [1, { deep: true }] } };
    assert.equal(
      compileSerializer(item)(value),
      '{"id":"b1c2","name":"x","price":9.5,"count":3,"active":true,"tags":["a","b"],"note":null,"meta":{"source":"s","extra":[1,{"deep":true}]}}',
    );
  });

  test('strings that need escaping: quotes, backslashes, control characters, lone surrogates, long text', () => {
    for (const name of ['say "hi"', 'back\\slash', 'line\nbreak\u0001', 'lone \ud800 surrogate', 'pair 😀 ok', 'é ü 中文', 'x'.repeat(500) + '"']) {
      assertSameJson(item, { id: '1', name });
    }
  });

  test('database values: Date, bigint, Buffer, NaN and Infinity become their wire forms', () => {
    assertSameJson(item, { id: '1', name: 'n', at: new Date('2026-01-02T03:04:05.000Z'), count: 12n, price: Number.NaN });
    assertSameJson(item, { id: '1', name: 'n', count: 2n ** 70n, price: Number.POSITIVE_INFINITY, tags: [Buffer.from('hi')] });
    assertSameJson({ type: 'string', format: 'byte' }, Buffer.from('bytes'));
  });

  test('undefined properties are left out and undefined array elements become null, as JSON.stringify does', () => {
    assert.equal(compileSerializer(item)({ id: '1', name: undefined, tags: ['a', undefined] }), '{"id":"1","tags":["a",null]}');
    assertSameJson({ type: 'array', items: { type: 'object', properties: {} } }, [undefined, () => 1, { a: undefined, b: () => 2 }]);
    assert.equal(compileSerializer(item)(undefined), undefined);
  });

  test('a value of another type than the schema predicts falls back to the general path', () => {
    assertSameJson(item, { id: 42, name: ['not', 'a', 'string'], price: '9.5', count: 'x', active: 'yes', tags: 'a,b', note: 7, meta: [1] });
    assertSameJson(item, [1, 2, 3]);
    assertSameJson(item, 'just a string');
    assertSameJson(item, null);
    assertSameJson({ type: 'array', items: { type: 'integer' } }, { not: 'an array' });
  });

  test('objects with toJSON or a class are serialized as JSON.stringify would, not by their schema', () => {
    class Money {
      constructor(readonly cents: number) {}
    }
    assertSameJson(item, { id: '1', name: 'n', meta: { toJSON: () => 'custom' } });
    assertSameJson(item, { id: '1', name: 'n', meta: new Money(5) });
    assertSameJson(item, Object.assign(Object.create(null), { id: '1', name: 'n' }));
  });

  test('properties a schema does not declare are written unless it forbids them', () => {
    const open = { type: 'object', properties: { a: { type: 'string' } } };
    assert.equal(compileSerializer(open)({ b: 2, a: 'x', 'we"ird': 3 }), '{"a":"x","b":2,"we\\"ird":3}');
    assert.equal(compileSerializer(item)({ id: '1', name: 'n', secret: 'hash' }), '{"id":"1","name":"n"}');
  });

  test('properties named like Object.prototype members are only written when the value owns them', () => {
    const schema = { type: 'object', properties: { constructor: { type: 'string' }, toString: { type: 'object', properties: {} } } };
    assertSameJson(schema, {});
    assertSameJson(schema, { constructor: 'c', toString: { x: 1 } });
  });

  test('oneOf, allOf, enum and other combinators are written by the general path', () => {
    for (const schema of [
      { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      { allOf: [{ type: 'object', properties: { a: { type: 'string' } } }] },
      { type: 'string', enum: ['a', 'b'] },
      { type: ['string', 'integer'] },
      {},
      true,
    ]) {
      assertSameJson(schema as JsonSchema, { a: 'x', b: [1, new Date(0)] });
      assert.equal(compileSerializer(schema as JsonSchema), serializeAny);
    }
  });

  test('a recursive schema compiles once and serializes nested values', () => {
    const node: Record<string, unknown> = { type: 'object', properties: { name: { type: 'string' } } };
    (node.properties as Record<string, unknown>).children = { type: 'array', items: node };
    assertSameJson(node, { name: 'root', children: [{ name: 'a', children: [{ name: 'b', children: [] }] }] });
  });
});

describe('every response schema of the five APIs serializes sampled values as JSON.stringify would', () => {
  const slugs = readdirSync(`${repoRoot}/specs`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  for (const slug of slugs) {
    test(slug, async () => {
      const spec = await loadSpec(generatedSpecFile(slug));
      let checked = 0;
      for (const operation of spec.operations) {
        for (const response of Object.values(operation.responses)) {
          for (const media of Object.values(response.content ?? {})) {
            if (media.schema === undefined) continue;
            const serialize = compileSerializer(media.schema);
            for (let seed = 1; seed <= 5; seed++) {
              const value = sample(media.schema, seed, 0);
              const expected = reference(value);
              const text = serialize(value);
              assert.deepEqual(text === undefined ? undefined : JSON.parse(text), expected === undefined ? undefined : JSON.parse(expected), `${operation.operationId}`);
              checked++;
            }
          }
        }
      }
      assert.ok(checked > 0, `${slug} has JSON responses`);
    });
  }
});

/** A value for a schema: mostly what it describes, sometimes a wrong type or an extra property, never random. */
function sample(schema: JsonSchema | undefined, seed: number, depth: number): unknown {
  if (!schema || typeof schema !== 'object' || depth > 6) return seed % 2 ? 'free' : { any: seed };
  const pick = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (pick?.length) return sample(pick[seed % pick.length], seed + 1, depth + 1);
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...schema.allOf.map((s) => sample(s as JsonSchema, seed, depth + 1)));
  if (Array.isArray(schema.enum)) return schema.enum[seed % schema.enum.length];
  if (seed === 5 && depth > 0) return ['wrong', 'type'];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? (schema.properties ? 'object' : 'string')];
  const type = types[seed % types.length];
  switch (type) {
    case 'null':
      return null;
    case 'string':
      return schema.format === 'date-time' && seed % 2 ? new Date(Date.UTC(2026, 0, seed)) : ['plain', 'with "quotes"', 'tab\there', 'ünïcødé', '\ud83d\ude00'][seed % 5];
    case 'integer':
      return seed === 3 ? BigInt(seed) : seed * 7;
    case 'number':
      return seed + 0.25;
    case 'boolean':
      return seed % 2 === 0;
    case 'array':
      return [sample(schema.items as JsonSchema, seed, depth + 1), sample(schema.items as JsonSchema, seed + 1, depth + 1)];
    default: {
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
        if ((key.length + seed) % 4 !== 0) out[key] = sample(sub, seed, depth + 1);
      }
      if (seed === 4) out.undocumented = { note: 'extra' };
      if (schema.additionalProperties === false) delete out.undocumented;
      return out;
    }
  }
}
