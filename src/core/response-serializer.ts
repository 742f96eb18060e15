import type { JsonSchema } from './spec-loader.js';
import { toWire } from './serialize.js';

/** Turns a response body into JSON text; `undefined` when the value has no JSON form (as JSON.stringify). */
export type Serializer = (value: unknown) => string | undefined;

/**
 * Any value, the slow way: database values converted to their wire forms, then JSON.stringify.
 * Every compiled serializer falls back to it for a value its schema did not predict.
 */
export const serializeAny: Serializer = (value) => JSON.stringify(toWire(value));

/**
 * Compiles a serializer from a response schema, once per schema. The schema only predicts the value's shape:
 * where the value is what it predicts, the serializer writes it directly (declared properties in the schema's
 * order, strings quoted without a second scan when they need no escaping); anywhere else it falls back to
 * serializeAny, so the text always parses to what JSON.stringify(toWire(value)) would. The one deliberate
 * difference: properties an object schema forbids (`additionalProperties: false`) are not written.
 * JSON.stringify builds its text in a growing buffer and costs several microseconds per response in a busy
 * server; string concatenation leaves the flattening to the socket write.
 */
export function compileSerializer(schema: JsonSchema | undefined): Serializer {
  return build(schema, new Map());
}

type Memo = Map<object, Serializer>;

function build(schema: JsonSchema | undefined, memo: Memo): Serializer {
  if (!schema || typeof schema !== 'object') return serializeAny;
  const known = memo.get(schema);
  if (known) return known;
  // Specs may be recursive: children of this schema see a forwarder until its own serializer exists.
  let compiled: Serializer = serializeAny;
  memo.set(schema, (value) => compiled(value));
  compiled = buildFresh(schema, memo);
  memo.set(schema, compiled);
  return compiled;
}

const COMBINATORS = ['oneOf', 'anyOf', 'allOf', 'not', 'if', 'const', 'enum', 'patternProperties', '$ref'];

function buildFresh(schema: Record<string, unknown>, memo: Memo): Serializer {
  if (COMBINATORS.some((k) => schema[k] !== undefined)) return serializeAny;
  const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? (schema.type as string[]) : [];
  const nullable = types.includes('null');
  const others = types.filter((t) => t !== 'null');
  if (others.length !== 1) return serializeAny;
  const inner = buildType(others[0], schema, memo);
  return nullable ? (value) => (value === null ? 'null' : inner(value)) : inner;
}

function buildType(type: string, schema: Record<string, unknown>, memo: Memo): Serializer {
  switch (type) {
    case 'string':
      return (value) => (typeof value === 'string' ? quote(value) : serializeAny(value));
    case 'number':
    case 'integer':
      return (value) => (typeof value === 'number' ? (Number.isFinite(value) ? `${value}` : 'null') : serializeAny(value));
    case 'boolean':
      return (value) => (value === true ? 'true' : value === false ? 'false' : serializeAny(value));
    case 'array':
      return arraySerializer(build(schema.items as JsonSchema | undefined, memo));
    case 'object':
      return objectSerializer(schema, memo);
    default:
      return serializeAny;
  }
}

function arraySerializer(item: Serializer): Serializer {
  return (value) => {
    if (!Array.isArray(value)) return serializeAny(value);
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const element = value[i];
      out += (element === undefined ? undefined : item(element)) ?? 'null';
    }
    return `${out}]`;
  };
}

type Property = { key: string; prefix: string; write: Serializer };

function objectSerializer(schema: Record<string, unknown>, memo: Memo): Serializer {
  const declared = (schema.properties ?? {}) as Record<string, JsonSchema>;
  if (Object.hasOwn(declared, '__proto__')) return serializeAny;
  const properties: Property[] = Object.entries(declared).map(([key, sub]) => ({ key, prefix: `${JSON.stringify(key)}:`, write: build(sub, memo) }));
  const names = new Set(Object.keys(declared));
  const closed = schema.additionalProperties === false;
  return (value) => {
    if (!isPlainObject(value)) return serializeAny(value);
    let out = '';
    for (const { key, prefix, write } of properties) {
      const field = value[key];
      if (field === undefined) continue;
      const text = write(field);
      if (text !== undefined) out += out === '' ? prefix + text : `,${prefix}${text}`;
    }
    if (!closed) {
      for (const key in value) {
        if (names.has(key)) continue;
        const text = serializeAny(value[key]);
        if (text !== undefined) out += `${out === '' ? '' : ','}${JSON.stringify(key)}:${text}`;
      }
    }
    return `{${out}}`;
  };
}

/** A plain object as a row or a literal is: no toJSON to honour, no class to convert. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Short strings are scanned for characters JSON must escape; only those that have one go through JSON.stringify. */
function quote(value: string): string {
  if (value.length > 64) return JSON.stringify(value);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(value);
  }
  return `"${value}"`;
}
