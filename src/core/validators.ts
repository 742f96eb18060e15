import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from './ajv.js';
import { findUnstorable } from './storable-json.js';
import { headerText } from './header-text.js';
import { declaredResponse, type OperationDef, type ParameterDef, type JsonSchema } from './spec-loader.js';

export type ValidationIssue = { location: string; path: string; message: string };

type ParamsSchemaShape = { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown> };

const paramsAjv = createAjv(true);
const bodyAjv = createAjv(false);

const NONE: ValidationIssue[] = [];

const REQUIRED_MESSAGE = 'must have required property ';

/** An issue with this message is a missing property; its `path` ends with the property's name. */
export const isMissingProperty = (message: string): boolean => message.startsWith(REQUIRED_MESSAGE);

function toIssues(location: string, errors: ErrorObject[] | null | undefined): ValidationIssue[] {
  return onePerValue(errors ?? []).map((e) => {
    const property = namedProperty(e);
    return { location, path: `${e.instancePath}${property === undefined ? '' : `/${pointerToken(property)}`}` || '/', message: e.message ?? 'is invalid' };
  });
}

const ALTERNATIVES = new Set(['anyOf', 'oneOf']);
const COMBINERS = new Set(['anyOf', 'oneOf', 'if']);

/** Whether `e` was reported while checking `parent`'s subschemas. The spec is dereferenced before compiling, so an
 * error's schemaPath runs through every subschema it came from. */
const inside = (e: ErrorObject, parent: ErrorObject) => e !== parent && e.schemaPath.startsWith(`${parent.schemaPath}/`);

/**
 * One report per bad value. ajv reports a value that matches none of an anyOf's or oneOf's alternatives once per
 * alternative and once more for them all (a nullable date given 5: "must be string", "must be null", "must match a
 * schema in anyOf"; a 3.1 spec's nullable reference is such an anyOf, and so is a 3.0 `nullable` beside no `type`). A failed if/then is reported by the branch's
 * own failures and once more as a whole, which names nothing: the whole goes.
 */
function onePerValue(errors: ErrorObject[]): ErrorObject[] {
  if (!errors.some((e) => COMBINERS.has(e.keyword))) return errors;
  const groups = errors.filter((e) => ALTERNATIVES.has(e.keyword));
  const outermost = groups.filter((g) => !groups.some((other) => inside(g, other)));
  return errors.flatMap((e) => {
    if (outermost.includes(e)) return alternativesReport(e, errors.filter((o) => inside(o, e)));
    if (outermost.some((g) => inside(e, g))) return [];
    if (e.keyword !== 'if') return [e];
    const branch = `${e.schemaPath.slice(0, -'if'.length)}${(e.params as { failingKeyword: string }).failingKeyword}/`;
    return errors.some((other) => other.schemaPath.startsWith(branch)) ? [] : [e];
  });
}

/**
 * What to tell a client whose value matched none of `group`'s alternatives. The alternatives whose type the value
 * has are the ones it meant (a nullable object given an object meant the object): if that is one, its own problems;
 * else one report saying what each meant alternative (or, when the value has none's type, each) wanted of the value
 * itself ("must be string or be null", 'must match format "date" or match format "date-time"').
 */
function alternativesReport(group: ErrorObject, reported: ErrorObject[]): ErrorObject[] {
  const prefix = `${group.schemaPath}/`;
  const byAlternative = new Map<string, ErrorObject[]>();
  for (const e of reported) {
    const index = e.schemaPath.slice(prefix.length).split('/')[0];
    byAlternative.set(index, [...(byAlternative.get(index) ?? []), e]);
  }
  const meant = [...byAlternative].filter(([index, list]) => !list.some((e) => e.keyword === 'type' && e.schemaPath === `${prefix}${index}/type`));
  if (meant.length === 1) return onePerValue(meant[0][1]);
  const pool = (meant.length > 0 ? meant : [...byAlternative]).flatMap(([, list]) => list);
  const atValue = pool.filter((e) => e.instancePath === group.instancePath && namedProperty(e) === undefined && !COMBINERS.has(e.keyword) && e.message);
  const wanted = [...new Set(atValue.map((e) => e.message!))];
  if (wanted.length === 0) return [group];
  return [{ ...group, message: wanted.map((m, n) => (n === 0 ? m : m.replace(/^must /, ''))).join(' or ') }];
}

/**
 * The property an error is about when ajv names it in its params rather than in the instance path: a missing
 * one, or one the schema does not allow. Without it a client told "must NOT have additional properties" cannot
 * tell which of its fields was refused.
 */
function namedProperty(e: ErrorObject): string | undefined {
  const params = e.params as { missingProperty?: string; additionalProperty?: string; unevaluatedProperty?: string };
  if (e.keyword === 'required' || e.keyword === 'dependentRequired') return params.missingProperty;
  if (e.keyword === 'additionalProperties') return params.additionalProperty;
  if (e.keyword === 'unevaluatedProperties') return params.unevaluatedProperty;
  return undefined;
}

/** RFC 6901: `~` and `/` in a property name are escaped in a JSON Pointer. */
const pointerToken = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

function paramsSchema(parameters: ParameterDef[]): JsonSchema {
  const groups: Record<string, { type: 'object'; properties: Record<string, JsonSchema>; required: string[] }> = {};
  for (const location of ['path', 'query', 'header']) groups[location] = { type: 'object', properties: {}, required: [] };
  for (const p of parameters) {
    const group = groups[p.in];
    if (!group) continue;
    group.properties[p.name] = p.schema ?? {};
    if (p.required || p.in === 'path') group.required.push(p.name);
  }
  return { type: 'object', properties: groups, required: ['path', 'query', 'header'] };
}

function isArraySchema(schema: JsonSchema | undefined): boolean {
  if (!schema || typeof schema !== 'object') return false;
  const type = schema.type;
  return type === 'array' || (Array.isArray(type) && type.includes('array'));
}

/** The JSON type a parameter's values must have when the spec types them as numbers (or arrays of numbers). */
function numericType(schema: JsonSchema | undefined): 'integer' | 'number' | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('integer')) return 'integer';
  if (types.includes('number')) return 'number';
  return isArraySchema(schema) ? numericType(schema.items as JsonSchema | undefined) : undefined;
}

/**
 * A number written in decimal. ajv's coercion tests a string with `x == +x`, which also takes `0x10`, `0b11`, `0o7`,
 * ` 5 ` and `.5`: `?limit=0x10` reached the handler as 16.
 */
const DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Per-operation validators, compiled on first use and then reused for every request. */
export class OperationValidators {
  private params?: ValidateFunction;
  private readonly bodies = new Map<string, ValidateFunction>();
  private readonly responses = new Map<string, ValidateFunction | null>();
  /** The path, query and header parameters typed as numbers, whose strings must be decimal numbers. */
  private readonly numeric: { p: ParameterDef; type: 'integer' | 'number' }[];

  constructor(readonly operation: OperationDef) {
    this.numeric = operation.parameters.flatMap((p) => {
      const type = p.in === 'cookie' ? undefined : numericType(p.schema);
      return type ? [{ p, type }] : [];
    });
  }

  /**
   * Reads declared query and header values from the request (headers keyed by their spec name), coerces them
   * in place and validates them. `pathParams` is the router's own object for this request and is coerced in place.
   */
  parseParams(
    pathParams: Record<string, string>,
    searchParams: URLSearchParams,
    headers: Record<string, string | string[] | undefined>,
  ): { value: ParamsSchemaShape; issues: ValidationIssue[] } {
    const value: ParamsSchemaShape = { path: pathParams, query: {}, header: {} };
    // No parameters, nothing to check: no validator is compiled for the operation (a process's first ajv compile is
    // tens of milliseconds, which a health check, often the first request, would otherwise pay).
    if (this.operation.parameters.length === 0) return { value, issues: NONE };
    let repeated: ValidationIssue[] = NONE;
    for (const p of this.operation.parameters) {
      if (p.in === 'query') {
        const all = searchParams.getAll(p.name);
        if (all.length === 0) continue;
        if (isArraySchema(p.schema)) value.query[p.name] = p.explode === false ? all.flatMap((v) => v.split(',')) : all;
        else value.query[p.name] = all[0];
        // `?page=1&page=2` for a single value: which one the client meant is a guess, so neither is taken.
        if (all.length > 1 && !isArraySchema(p.schema)) repeated = [...repeated, { location: 'query', path: `/${pointerToken(p.name)}`, message: 'must be given once' }];
      } else if (p.in === 'header') {
        const raw = headers[p.name.toLowerCase()];
        if (raw !== undefined) value.header[p.name] = headerText(Array.isArray(raw) ? raw.join(', ') : raw);
      }
    }
    const notDecimal = this.numeric.length === 0 ? NONE : this.notDecimal(value);
    const validate = (this.params ??= paramsAjv.compile(paramsSchema(this.operation.parameters) as object));
    let issues = validate(value)
      ? []
      : toIssues('params', validate.errors).map((i) => {
          const [, location, ...rest] = i.path.split('/');
          return { ...i, location, path: `/${rest.join('/')}` };
        });
    if (notDecimal.length > 0) {
      const named = (i: ValidationIssue, n: ValidationIssue) => i.location === n.location && (i.path === n.path || i.path.startsWith(`${n.path}/`));
      issues = [...issues.filter((i) => !notDecimal.some((n) => named(i, n))), ...notDecimal];
    }
    if (repeated.length > 0) issues = [...issues.filter((i) => !repeated.some((r) => i.location === r.location && i.path === r.path)), ...repeated];
    return { value, issues: withUnusableValues('header', value.header, withUnusableValues('path', pathParams, withUnusableValues('query', value.query, issues))) };
  }

  /** Read before ajv coerces the values in place. */
  private notDecimal(value: ParamsSchemaShape): ValidationIssue[] {
    const issues: ValidationIssue[] = [];
    for (const { p, type } of this.numeric) {
      const raw = value[p.in as keyof ParamsSchemaShape][p.name];
      const strings = Array.isArray(raw) ? raw : [raw];
      if (strings.some((v) => typeof v === 'string' && !DECIMAL.test(v))) issues.push({ location: p.in, path: `/${pointerToken(p.name)}`, message: `must be ${type}` });
    }
    return issues;
  }

  validateBody(contentType: string, body: unknown): ValidationIssue[] {
    const schema = this.operation.requestBody?.content?.[contentType]?.schema;
    if (schema === undefined) return [];
    let validate = this.bodies.get(contentType);
    if (!validate) {
      validate = bodyAjv.compile(schema as object);
      this.bodies.set(contentType, validate);
    }
    // Before the schema: nothing, the validator included, walks a body nested deeper than it may be.
    const unstorable = findUnstorable(body);
    if (unstorable) return [{ location: 'body', ...unstorable }];
    return validate(body) ? [] : toIssues('body', validate.errors);
  }

  /** Returns the problems with a response, or null when it conforms. An undeclared status is a problem. */
  validateResponse(status: number, contentType: string | undefined, body: unknown): ValidationIssue[] | null {
    const key = `${status}|${contentType ?? ''}`;
    let validate = this.responses.get(key);
    if (validate === undefined) {
      const declared = declaredResponse(this.operation, status);
      if (!declared) return [{ location: 'response', path: '/', message: `status ${status} is not declared for ${this.operation.operationId}` }];
      const schema = contentType ? declared.content?.[contentType]?.schema : undefined;
      if (contentType && !declared.content?.[contentType]) {
        return [{ location: 'response', path: '/', message: `content type ${contentType} is not declared for status ${status}` }];
      }
      validate = schema === undefined ? null : bodyAjv.compile(schema as object);
      this.responses.set(key, validate);
    }
    if (!validate || validate(body)) return null;
    return toIssues('response', validate.errors);
  }
}

/**
 * A NUL byte is refused in every path and query value (and, by `findUnstorable`, in every string of a JSON body),
 * even where the schema sets no pattern: no Postgres text or jsonb value can hold one, so it would otherwise reach
 * a handler and end as a 500 (the contract tester found one such in a body string). So is a number coerced to
 * Infinity (`1e400`): ajv checks a coerced value against `integer` and `minimum` but not for being finite.
 */
function withUnusableValues(location: string, values: Record<string, unknown>, issues: ValidationIssue[]): ValidationIssue[] {
  for (const name in values) {
    const value = values[name];
    const problem = Array.isArray(value) ? value.map(problemOf).find((p) => p !== undefined) : problemOf(value);
    if (problem) issues.push({ location, path: `/${name}`, message: problem });
  }
  return issues;
}

function problemOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? 'must not contain a NUL byte' : undefined;
  return typeof value === 'number' && !Number.isFinite(value) ? 'must be a finite number' : undefined;
}
