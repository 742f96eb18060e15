import fc from 'fast-check';
import OpenAPISampler from 'openapi-sampler';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../src/core/ajv.js';
import type { OperationDef, ParameterDef, SecuritySchemeDef } from '../../src/core/spec-loader.js';
import type { Credentials } from './credentials.js';
import type { TestRequest } from './http-exchange.js';
import { jsonText } from './json-text.js';
import type { LinkedValues } from './links.js';
import { schemaArbitrary } from './schema-arbitrary.js';
import { REUSABLE_NAME, type ValuePool } from './value-pool.js';

type Schema = Record<string, any>;

/** The mutation that leaves the tester's credentials out. */
export const NO_CREDENTIALS = 'no credentials';

/** A parameter value before it is sent: generated, or "the n-th id of this name seen in an earlier 2xx answer". */
type ParamValue = { kind: 'value'; value: unknown } | { kind: 'seen'; index: number; fallback: unknown } | { kind: 'linked'; value: unknown };

/** A valid request in the making; `toRequest` resolves it against the pool when it is sent. */
export type ValidCase = {
  params: Record<string, ParamValue | undefined>;
  body?: unknown;
  /** Set: each top-level id or name of the body (a string) takes the n-th value of its name seen, where there is one. */
  bodySeen?: number;
  hasBody: boolean;
  /** The body's text as a followed link wrote it, sent as it is. */
  bodyText?: string;
};

/** A mutation turns a valid request into one the spec forbids. */
export type Mutation = { name: string; apply(request: TestRequest): TestRequest };

const bodyAjv = createAjv(false);
const paramAjv = createAjv(true);

/** Everything the tester derives from one operation: its valid-request arbitrary and its mutations. */
export class OperationCases {
  readonly arbitrary: fc.Arbitrary<ValidCase>;
  private readonly bodyType?: string;
  private readonly bodySchema?: Schema;
  private readonly validateBody?: ValidateFunction;
  private readonly bodySample?: unknown;

  constructor(
    readonly operation: OperationDef,
    private readonly pool: ValuePool,
    private readonly credentials: Credentials,
    private readonly schemes: Record<string, SecuritySchemeDef> = {},
  ) {
    const content = operation.requestBody?.content ?? {};
    this.bodyType = Object.keys(content).find((t) => /[/+]json$/.test(t)) ?? Object.keys(content)[0];
    this.bodySchema = this.bodyType ? (content[this.bodyType].schema as Schema | undefined) : undefined;
    if (this.bodyType && this.bodySchema) {
      this.validateBody = bodyAjv.compile(this.bodySchema);
      this.bodySample = exampleOf(content[this.bodyType] as Schema) ?? sample(this.bodySchema);
    }
    const params: Record<string, fc.Arbitrary<ParamValue | undefined>> = {};
    for (const p of operation.parameters) {
      if (p.in === 'cookie' || isAuthHeader(p)) continue;
      const arb = this.paramArbitrary(p);
      params[key(p)] = p.required || p.in === 'path' ? arb : fc.option(arb, { nil: undefined, freq: 2 });
    }
    const body = this.bodyArbitrary();
    const bodySeen = this.bodyType ? fc.option(fc.nat({ max: 49 }), { nil: undefined, freq: 3 }) : fc.constant(undefined);
    this.arbitrary = fc.record({ params: fc.record(params), body, bodySeen, hasBody: fc.constant(this.bodyType !== undefined) }).map((c) => ({
      ...c,
      hasBody: this.bodyType !== undefined && (operation.requestBody?.required === true || c.body !== undefined),
    }));
  }

  /** The first request of an operation: every value from the spec's examples (or a sample of its schema). */
  exampleCase(): ValidCase {
    const params: ValidCase['params'] = {};
    for (const p of this.operation.parameters) {
      if (p.in === 'cookie' || isAuthHeader(p) || (!p.required && p.in !== 'path')) continue;
      params[key(p)] = { kind: 'seen', index: 0, fallback: paramExample(p) };
    }
    return { params, body: this.bodySample, hasBody: this.bodyType !== undefined && (this.operation.requestBody?.required === true || this.bodySample !== undefined) };
  }

  /** The example request with what a followed link gives: its values win over fixed and seen ones. */
  linkedCase(values: LinkedValues): ValidCase {
    const example = this.exampleCase();
    const params = { ...example.params };
    for (const [k, value] of Object.entries(values.params)) params[k] = { kind: 'linked', value };
    if (!values.body) return { ...example, params };
    if ('text' in values.body) return { params, bodyText: values.body.text, hasBody: this.bodyType !== undefined };
    return { params, body: values.body.value, hasBody: this.bodyType !== undefined };
  }

  toRequest(c: ValidCase): TestRequest {
    const op = this.operation;
    let path = op.path;
    const query: [string, string][] = [];
    const headers: Record<string, string> = { ...this.credentials.headers, Accept: 'application/json, text/event-stream' };
    for (const p of op.parameters) {
      const v = c.params[key(p)];
      if (!v) continue;
      const value = v.kind === 'linked' ? v.value : (this.pool.fixed(p.name) ?? (v.kind === 'value' ? v.value : (this.pool.pick(p.name, v.index, resourceOf(op.path, p)) ?? v.fallback)));
      if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(stringify(value)));
      else if (p.in === 'query') {
        if (Array.isArray(value)) {
          if (p.explode === false) query.push([p.name, value.map(stringify).join(',')]);
          else for (const item of value) query.push([p.name, stringify(item)]);
        } else query.push([p.name, stringify(value)]);
      } else if (p.in === 'header') headers[p.name] = stringify(value);
    }
    const request: TestRequest = { method: op.method, path, query, headers };
    if (c.hasBody && this.bodyType) {
      request.headers['Content-Type'] = this.bodyType;
      if (c.bodyText !== undefined) request.body = c.bodyText;
      else request.body = this.bodyType.endsWith('json') ? jsonText(this.withFixedValues(this.withSeenValues(c.body, c.bodySeen)) ?? null) : stringify(c.body ?? '');
    }
    return request;
  }

  /**
   * The body with each top-level id or name that was generated as a string set to one seen in an earlier answer: a
   * `workflowName` takes a workflow's `name` when no value of its own name was seen. (Not so for parameters: a
   * `partnerName` path segment would then take any name seen rather than its example, a partner that exists.)
   */
  private withSeenValues(body: unknown, index: number | undefined): unknown {
    if (index === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) return body;
    const out = { ...(body as Record<string, unknown>) };
    for (const [name, value] of Object.entries(out)) {
      if (typeof value !== 'string' || !REUSABLE_NAME.test(name)) continue;
      const seen = this.pool.pick(name, index) ?? (/Name$/.test(name) ? this.pool.pick('name', index) : undefined);
      if (seen !== undefined) out[name] = seen;
    }
    return out;
  }

  /** The body with each top-level property that has a fixed value set to it (properties it lacks stay absent). */
  private withFixedValues(body: unknown): unknown {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
    const out = { ...(body as Record<string, unknown>) };
    for (const name of Object.keys(out)) {
      const fixed = this.pool.fixed(name);
      if (fixed !== undefined) out[name] = fixed;
    }
    return out;
  }

  /**
   * Every single mutation this operation allows, each making the request invalid by the spec. A body mutation is
   * kept only when the schema really refuses the result, so an "invalid" request is never one the spec allows.
   */
  /** Only a request the tester could authenticate can be made invalid by leaving its credentials out. */
  private holdsCredentialsFor(requirement: Record<string, unknown>): boolean {
    return Object.keys(requirement).every((name) => readsOnly(this.credentials.headers, this.schemes[name]));
  }

  /** Whether every request without credentials is refused by the spec (see requiresCredentials). */
  get requiresCredentials(): boolean {
    return requiresCredentials(this.operation, this.schemes);
  }

  mutations(c: ValidCase): Mutation[] {
    const op = this.operation;
    const out: Mutation[] = [];
    if (this.requiresCredentials && op.security.every((r) => this.holdsCredentialsFor(r))) {
      out.push({ name: NO_CREDENTIALS, apply: (r) => ({ ...r, headers: omitKeys(r.headers, this.credentials.names) }) });
    }
    for (const p of op.parameters) {
      if (p.in === 'cookie' || isAuthHeader(p)) continue;
      if (p.required && p.in === 'query') out.push({ name: `missing query ${p.name}`, apply: (r) => ({ ...r, query: r.query.filter(([n]) => n !== p.name) }) });
      if (p.required && p.in === 'header') out.push({ name: `missing header ${p.name}`, apply: (r) => ({ ...r, headers: omitKeys(r.headers, [p.name]) }) });
      for (const bad of badParamValues(p)) {
        const apply = (r: TestRequest): TestRequest => {
          if (p.in === 'path') return { ...r, path: replaceSegment(op.path, r.path, p.name, encodeURIComponent(bad)) };
          if (p.in === 'query') return { ...r, query: [...r.query.filter(([n]) => n !== p.name), [p.name, bad]] };
          return { ...r, headers: { ...r.headers, [p.name]: bad } };
        };
        out.push({ name: `${p.in} ${p.name} = ${JSON.stringify(bad)}`, apply });
      }
    }
    if (this.bodyType) {
      out.push({ name: 'wrong content type', apply: (r) => ({ ...r, headers: { ...r.headers, 'Content-Type': 'text/plain' }, body: r.body ?? 'x' }) });
      if (this.bodyType.endsWith('json')) {
        out.push({ name: 'malformed JSON', apply: (r) => ({ ...r, headers: { ...r.headers, 'Content-Type': this.bodyType! }, body: `${(r.body ?? '{').slice(0, -1)},` }) });
      }
      if (this.operation.requestBody?.required) out.push({ name: 'missing body', apply: (r) => ({ ...r, headers: omitKeys(r.headers, ['Content-Type']), body: undefined }) });
      if (this.validateBody && this.bodyType.endsWith('json')) {
        for (const { name, body } of bodyMutations(this.bodySchema!, c.body ?? this.bodySample)) {
          if (this.validateBody(body)) continue;
          out.push({ name, apply: (r) => ({ ...r, headers: { ...r.headers, 'Content-Type': this.bodyType! }, body: jsonText(body) }) });
        }
      }
    }
    return out;
  }

  private paramArbitrary(p: ParameterDef): fc.Arbitrary<ParamValue> {
    const schema = (p.schema ?? {}) as Schema;
    const validate = paramAjv.compile({ type: 'object', properties: { v: schema }, required: ['v'] });
    const example = paramExample(p);
    const generated = schemaArbitrary(schema).map((value): ParamValue => {
      // Values go out as text; one the schema refuses once read back (or a non-text header, or a path segment with
      // an unpaired surrogate, which no URL can carry) becomes the example.
      const text = stringify(value);
      const ok =
        validate({ v: text }) &&
        !(p.in === 'header' && !/^[\t\x20-\x7e]*$/.test(text)) &&
        !(p.in === 'path' && (routesElsewhere(text) || /\p{Surrogate}/u.test(text)));
      return { kind: 'value', value: ok ? text : example };
    });
    return fc.oneof(
      { weight: 3, arbitrary: fc.nat({ max: 49 }).map((index): ParamValue => ({ kind: 'seen', index, fallback: example })) },
      { weight: 2, arbitrary: generated },
    );
  }

  private bodyArbitrary(): fc.Arbitrary<unknown> {
    if (!this.bodySchema) return fc.constant(undefined);
    const validate = this.validateBody!;
    const fallback = this.bodySample;
    const generated = schemaArbitrary(this.bodySchema).map((value) => (validate(value) ? value : fallback));
    const arb = fc.oneof({ weight: 1, arbitrary: fc.constant(fallback) }, { weight: 4, arbitrary: generated });
    return this.operation.requestBody?.required ? arb : fc.option(arb, { nil: undefined, freq: 4 });
  }
}

/** The resource a path parameter names, lower-case and singular: `job` for `id` in `/jobs/{id}/refund`. */
function resourceOf(path: string, p: ParameterDef): string | undefined {
  if (p.in !== 'path') return undefined;
  const segments = path.split('/');
  const at = segments.indexOf(`{${p.name}}`);
  const before = at > 0 ? segments[at - 1] : '';
  if (!/^[A-Za-z_-]+$/.test(before)) return undefined;
  return before.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
}

function key(p: ParameterDef): string {
  return `${p.in}:${p.name}`;
}

/** Authorization is the tester's own header (`--auth`), not a value to generate. */
/** Whether the headers the tester sends are what every scheme of `requirement` reads (an apiKey it lacks is not). */
function readsOnly(auth: Record<string, string>, scheme: SecuritySchemeDef | undefined): boolean {
  const sent = new Set(Object.keys(auth).map((h) => h.toLowerCase()));
  if (scheme?.type === 'http') return sent.has('authorization');
  return scheme?.type === 'apiKey' && scheme.in === 'header' && sent.has((scheme.name ?? '').toLowerCase());
}

function isAuthHeader(p: ParameterDef): boolean {
  return p.in === 'header' && p.name.toLowerCase() === 'authorization';
}

function stringify(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : typeof value === 'object' ? jsonText(value) : String(value);
}

function omitKeys(headers: Record<string, string>, names: string[]): Record<string, string> {
  const drop = new Set(names.map((n) => n.toLowerCase()));
  return Object.fromEntries(Object.entries(headers).filter(([n]) => !drop.has(n.toLowerCase())));
}

/** Replaces one path parameter's segment in an already filled path, by its position in the template. */
function replaceSegment(template: string, path: string, name: string, value: string): string {
  const at = template.split('/').indexOf(`{${name}}`);
  const segments = path.split('/');
  if (at >= 0 && at < segments.length) segments[at] = value;
  return segments.join('/');
}

function sample(schema: Schema): unknown {
  try {
    return OpenAPISampler.sample(schema as never, { skipReadOnly: true, quiet: true });
  } catch {
    return undefined;
  }
}

function exampleOf(holder: Schema): unknown {
  if (holder.example !== undefined) return holder.example;
  const named = holder.examples && typeof holder.examples === 'object' ? Object.values(holder.examples as Record<string, Schema>)[0] : undefined;
  return named?.value;
}

function paramExample(p: ParameterDef & { example?: unknown; examples?: Record<string, { value?: unknown }> }): unknown {
  const schema = (p.schema ?? {}) as Schema;
  return (
    p.example ??
    (p.examples ? Object.values(p.examples)[0]?.value : undefined) ??
    schema.example ??
    (Array.isArray(schema.examples) ? schema.examples[0] : undefined) ??
    schema.default ??
    (Array.isArray(schema.enum) ? schema.enum[0] : undefined) ??
    sample(schema)
  );
}

/**
 * A path segment that is no value of its parameter but another route: an empty one, and the dot segments `.` and
 * `..`, which every URL parser removes (RFC 3986 section 5.2.4; the WHATWG URL parser, fetch's, does it for `%2e`
 * too), so `/sessions/./request` reaches `/sessions/request`.
 */
function routesElsewhere(text: string): boolean {
  return text === '' || text === '.' || text === '..';
}

/** Text values a parameter's schema refuses: wrong type, out of range, bad format, outside the enum or pattern. */
function badParamValues(p: ParameterDef): string[] {
  const schema = (p.schema ?? {}) as Schema;
  const validate = paramAjv.compile({ type: 'object', properties: { v: schema }, required: ['v'] });
  // 1e400 reads as Infinity, and ajv-formats' own uuid format takes the URN form: both once passed validation.
  const candidates = ['not-a-number', '1e400', 'urn:uuid:00000000-0000-4000-8000-000000000000', '-1', '99999999999', '1.5', 'x'.repeat(300), 'not a uuid', '%', '', '\u0000'];
  if (typeof schema.minimum === 'number') candidates.push(String(schema.minimum - 1));
  if (typeof schema.maximum === 'number') candidates.push(String(schema.maximum + 1));
  // A header cannot hold NUL.
  const usable = candidates.filter((v) => !(p.in === 'path' && routesElsewhere(v)) && !(p.in === 'header' && v.includes('\u0000')));
  return usable.filter((v) => !validate({ v })).slice(0, 4);
}

/** Body mutations: missing required, wrong type, out of range, bad format, extra property where forbidden. */
function bodyMutations(schema: Schema, body: unknown): { name: string; body: unknown }[] {
  const out: { name: string; body: unknown }[] = [{ name: 'body of the wrong type', body: Array.isArray(body) ? {} : [] }];
  if (!body || typeof body !== 'object' || Array.isArray(body)) return out;
  const record = body as Record<string, unknown>;
  const properties: Record<string, Schema> = schema.properties ?? {};
  for (const name of (schema.required ?? []) as string[]) {
    out.push({ name: `body missing required ${name}`, body: Object.fromEntries(Object.entries(record).filter(([k]) => k !== name)) });
  }
  for (const [name, prop] of Object.entries(properties)) {
    out.push({ name: `body ${name} of the wrong type`, body: { ...record, [name]: wrongType(prop) } });
    if (typeof prop.maximum === 'number') out.push({ name: `body ${name} above maximum`, body: { ...record, [name]: prop.maximum + 1 } });
    if (typeof prop.minimum === 'number') out.push({ name: `body ${name} below minimum`, body: { ...record, [name]: prop.minimum - 1 } });
    if (typeof prop.maxLength === 'number') out.push({ name: `body ${name} too long`, body: { ...record, [name]: 'x'.repeat(prop.maxLength + 1) } });
    if (typeof prop.format === 'string') out.push({ name: `body ${name} of a bad ${prop.format}`, body: { ...record, [name]: 'not-a-valid-value' } });
    if (Array.isArray(prop.enum)) out.push({ name: `body ${name} outside its enum`, body: { ...record, [name]: '__not_in_enum__' } });
  }
  if (schema.additionalProperties === false) out.push({ name: 'body with a forbidden extra property', body: { ...record, unexpectedProperty: 1 } });
  return out;
}

function wrongType(schema: Schema): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes('object')) return { unexpected: 'object' };
  return 12345;
}

/**
 * Whether a request without credentials is invalid by the spec: every alternative names a scheme the server
 * always enforces. A scheme marked `x-configured-by` (a setting that turns it on) may be off on the server under
 * test, so leaving its credential out is not an invalid request.
 */
function requiresCredentials(op: OperationDef, schemes: Record<string, SecuritySchemeDef>): boolean {
  const alwaysEnforced = (name: string) => !(schemes[name] as Record<string, unknown> | undefined)?.['x-configured-by'];
  return op.security.length > 0 && op.security.every((requirement) => Object.keys(requirement).some(alwaysEnforced));
}
