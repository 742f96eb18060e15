import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from './ajv.js';
import { findUnstorable } from './storable-json.js';
import { declaredResponse, type OperationDef, type ParameterDef, type JsonSchema } from './spec-loader.js';

export type ValidationIssue = { location: string; path: string; message: string };

type ParamsSchemaShape = { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown> };

const paramsAjv = createAjv(true);
const bodyAjv = createAjv(false);

const REQUIRED_MESSAGE = 'must have required property ';

/** An issue with this message is a missing property; its `path` ends with the property's name. */
export const isMissingProperty = (message: string): boolean => message.startsWith(REQUIRED_MESSAGE);

function toIssues(location: string, errors: ErrorObject[] | null | undefined): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    const property = namedProperty(e);
    return { location, path: `${e.instancePath}${property === undefined ? '' : `/${pointerToken(property)}`}` || '/', message: e.message ?? 'is invalid' };
  });
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

/** Per-operation validators, compiled on first use and then reused for every request. */
export class OperationValidators {
  private params?: ValidateFunction;
  private readonly bodies = new Map<string, ValidateFunction>();
  private readonly responses = new Map<string, ValidateFunction | null>();

  constructor(readonly operation: OperationDef) {}

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
    for (const p of this.operation.parameters) {
      if (p.in === 'query') {
        const all = searchParams.getAll(p.name);
        if (all.length === 0) continue;
        if (isArraySchema(p.schema)) value.query[p.name] = p.explode === false ? all.flatMap((v) => v.split(',')) : all;
        else value.query[p.name] = all[0];
      } else if (p.in === 'header') {
        const raw = headers[p.name.toLowerCase()];
        if (raw !== undefined) value.header[p.name] = Array.isArray(raw) ? raw.join(', ') : raw;
      }
    }
    const validate = (this.params ??= paramsAjv.compile(paramsSchema(this.operation.parameters) as object));
    const issues = validate(value)
      ? []
      : toIssues('params', validate.errors).map((i) => {
          const [, location, ...rest] = i.path.split('/');
          return { ...i, location, path: `/${rest.join('/')}` };
        });
    return { value, issues: withUnusableValues('header', value.header, withUnusableValues('path', pathParams, withUnusableValues('query', value.query, issues))) };
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
