import fc from 'fast-check';
import { jsonText } from './json-text.js';

type Schema = Record<string, any>;

/** How deep generated objects and arrays nest; deeper optional parts are left out, deeper required ones sampled. */
const MAX_DEPTH = 4;

/**
 * A URL whose host is an address reserved for documentation (RFC 5737, RFC 3849): no DNS lookup is made for it and
 * no route leads there. A server under test may keep such a URL and call it later (a webhook, a model endpoint), and
 * a contract test must never have it send requests to real hosts, nor wait on a resolver for made-up names
 * (fast-check's webUrl names random domains, some of which exist). Servers that refuse non-public addresses answer
 * these with their 400, as they would a client's.
 */
const unreachableUrl = () => {
  const ipv4 = fc.tuple(fc.constantFrom('192.0.2', '198.51.100', '203.0.113'), fc.integer({ min: 1, max: 254 })).map(([net, host]) => `${net}.${host}`);
  const ipv6 = fc.integer({ min: 1, max: 0xffff }).map((host) => `[2001:db8::${host.toString(16)}]`);
  const port = fc.option(fc.integer({ min: 1, max: 65535 }).map((p) => `:${p}`), { nil: '' });
  return fc
    .tuple(fc.constantFrom('http', 'https'), fc.oneof({ weight: 3, arbitrary: ipv4 }, { weight: 1, arbitrary: ipv6 }), port, fc.webPath(), fc.option(fc.webQueryParameters(), { nil: undefined }))
    .map(([scheme, host, p, path, query]) => `${scheme}://${host}${p}${path}${query === undefined ? '' : `?${query}`}`);
};

const FORMATS: Record<string, () => fc.Arbitrary<string>> = {
  uuid: () => fc.uuid(),
  // RFC 3339 admits a leap second, which JavaScript's Date cannot read (a server that hands it to Date breaks).
  'date-time': () =>
    fc.oneof(
      { weight: 9, arbitrary: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
      { weight: 1, arbitrary: fc.constant('2016-12-31T23:59:60Z') },
    ),
  date: () => fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  email: () => fc.emailAddress(),
  uri: () => unreachableUrl(),
  url: () => unreachableUrl(),
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
  hostname: () => fc.domain(),
};

/**
 * Strings a contract test should try: printable ASCII mostly, any Unicode text, and the characters that break
 * servers (NUL and an unpaired surrogate, which no Postgres text or jsonb value holds; quotes; line breaks).
 */
const plainString = (min: number, max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ minLength: min, maxLength: max }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: max }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\ud800', "'", '"', '\n', '\\', 'a'), minLength: Math.max(min, 1), maxLength: Math.max(max, 1) }) },
  );

/** A value nested far deeper than any contract means, as a free-form field may still carry (recursion breaks on it). */
const deeplyNested = (levels: number) => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
};

/** Integers past 32 and 64 bits, which an integer without a maximum allows and database columns do not hold. */
const HUGE_INTEGERS = [2 ** 31, 2 ** 63, 1e20];

/** The JSON types a schema allows, in a fixed order (so the same seed picks the same branch). */
export function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties || schema.required || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

/** Merges allOf branches shallowly: properties and required lists unite, the rest is taken from the last branch. */
function mergeAllOf(schema: Schema): Schema {
  const { allOf, ...rest } = schema;
  let merged: Schema = { ...rest };
  for (const branch of allOf as Schema[]) {
    const part = branch.allOf ? mergeAllOf(branch) : branch;
    merged = {
      ...part,
      ...merged,
      properties: { ...(part.properties ?? {}), ...(merged.properties ?? {}) },
      required: [...new Set([...(part.required ?? []), ...(merged.required ?? [])])],
    };
  }
  if (Object.keys(merged.properties).length === 0) delete merged.properties;
  if (merged.required.length === 0) delete merged.required;
  return merged;
}

/**
 * A fast-check arbitrary of values a JSON Schema (2020-12, as OpenAPI 3.1 uses it) allows. It covers what API
 * schemas use; whatever it generates that the schema still refuses is replaced by the caller's sample (see
 * `validValues`), so it may be approximate without sending an invalid request as a valid one.
 */
export function schemaArbitrary(schema: Schema | boolean | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (schema === undefined || schema === true) {
    return fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), { weight: 1, arbitrary: fc.constant(deeplyNested(20_000)) });
  }
  if (schema === false) return fc.constant(undefined);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if (schema.allOf) return schemaArbitrary(mergeAllOf(schema), depth);
  const branches = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(branches) && branches.length > 0) {
    const outer = Object.fromEntries(Object.entries(schema).filter(([k]) => k !== 'oneOf' && k !== 'anyOf'));
    return fc.oneof(...branches.map((b: Schema) => schemaArbitrary(typeof b === 'object' ? { ...outer, ...b } : b, depth)));
  }
  const types = typesOf(schema);
  if (types.length === 0) return schemaArbitrary(true, depth);
  const examples = [...(Array.isArray(schema.examples) ? schema.examples : []), ...('example' in schema ? [schema.example] : [])];
  const byType = fc.oneof(...types.map((t) => typeArbitrary(t, schema, depth)));
  return examples.length > 0 ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...examples) }, { weight: 3, arbitrary: byType }) : byType;
}

function typeArbitrary(type: string, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const small = fc.integer({ min: bound(schema, 'min', -1000), max: bound(schema, 'max', 1000) });
      const huge = HUGE_INTEGERS.filter((n) => n >= bound(schema, 'min', -Infinity));
      const bounded = typeof schema.maximum === 'number' || typeof schema.exclusiveMaximum === 'number';
      return bounded || huge.length === 0 ? small : fc.oneof({ weight: 9, arbitrary: small }, { weight: 1, arbitrary: fc.constantFrom(...huge) });
    }
    case 'number':
      return fc.oneof(
        fc.integer({ min: bound(schema, 'min', -1000), max: bound(schema, 'max', 1000) }),
        fc.double({ min: bound(schema, 'min', -1000), max: bound(schema, 'max', 1000), noNaN: true, noDefaultInfinity: true }),
      );
    case 'string':
      return stringArbitrary(schema);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = depth >= MAX_DEPTH ? minLength : Math.min(schema.maxItems ?? minLength + 3, minLength + 3);
      const items = fc.array(schemaArbitrary(schema.items, depth + 1), { minLength, maxLength });
      return schema.uniqueItems ? items.map((a) => [...new Map(a.map((v) => [jsonText(v), v])).values()]) : items;
    }
    case 'object':
      return objectArbitrary(schema, depth);
    default:
      return fc.constant(null);
  }
}

/** Inclusive integer bounds from minimum/maximum and their exclusive forms, kept within a small default range. */
function bound(schema: Schema, side: 'min' | 'max', fallback: number): number {
  if (side === 'min') {
    if (typeof schema.exclusiveMinimum === 'number') return Math.ceil(schema.exclusiveMinimum + 1e-9);
    if (typeof schema.minimum === 'number') return Math.ceil(schema.minimum);
    return typeof schema.maximum === 'number' ? Math.min(fallback, Math.floor(schema.maximum)) : fallback;
  }
  if (typeof schema.exclusiveMaximum === 'number') return Math.floor(schema.exclusiveMaximum - 1e-9);
  if (typeof schema.maximum === 'number') return Math.floor(schema.maximum);
  return typeof schema.minimum === 'number' ? Math.max(fallback, Math.ceil(schema.minimum)) : fallback;
}

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const format = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
  if (format) return format();
  if (typeof schema.pattern === 'string') {
    try {
      const min = schema.minLength ?? 0;
      const max = schema.maxLength ?? Infinity;
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= max);
    } catch {
      // A pattern fast-check cannot read falls back to plain strings; the caller replaces any it refuses.
    }
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? minLength + 40, minLength + 200);
  return plainString(minLength, maxLength);
}

function objectArbitrary(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  const required: string[] = (schema.required ?? []).filter((k: string) => k in properties);
  const optional = depth >= MAX_DEPTH ? [] : Object.keys(properties).filter((k) => !required.includes(k) && !isReadOnly(properties[k]));
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of [...required, ...optional]) model[key] = schemaArbitrary(properties[key], depth + 1);
  const record = fc.record(model, { requiredKeys: required });
  const extra = schema.additionalProperties;
  if (depth >= MAX_DEPTH || extra === false || extra === undefined || Object.keys(properties).length > 0) return record;
  const values = schemaArbitrary(extra === true ? true : extra, depth + 1);
  return fc.tuple(record, fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), values, { maxKeys: 3 })).map(([r, d]) => ({ ...d, ...r }));
}

function isReadOnly(schema: Schema | undefined): boolean {
  return typeof schema === 'object' && schema !== null && schema.readOnly === true;
}
