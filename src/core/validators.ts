import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from './ajv.js';
import { declaredResponse, type OperationDef, type ParameterDef, type JsonSchema } from './spec-loader.js';

export type ValidationIssue = { location: string; path: string; message: string };

type ParamsSchemaShape = { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown> };

const paramsAjv = createAjv(true);
const bodyAjv = createAjv(false);

function toIssues(location: string, errors: ErrorObject[] | null | undefined): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    const missing = e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : '';
    return { location, path: `${e.instancePath}${missing}` || '/', message: e.message ?? 'is invalid' };
  });
}

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
    return { value, issues: withNulIssues('path', pathParams, withNulIssues('query', value.query, issues)) };
  }

  validateBody(contentType: string, body: unknown): ValidationIssue[] {
    const schema = this.operation.requestBody?.content?.[contentType]?.schema;
    if (schema === undefined) return [];
    let validate = this.bodies.get(contentType);
    if (!validate) {
      validate = bodyAjv.compile(schema as object);
      this.bodies.set(contentType, validate);
    }
    if (!validate(body)) return toIssues('body', validate.errors);
    if (!holdsNul(body)) return [];
    const nul = nulPath(body, '');
    return nul === undefined ? [] : [{ location: 'body', path: nul || '/', message: 'must not contain a NUL character' }];
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
 * A NUL byte is refused in every path and query value, and in every string of a JSON body, even where the schema
 * sets no pattern: no Postgres text or jsonb value can hold one, so it would otherwise reach a handler and end
 * as a 500 (the contract tester found one such in a body string).
 */
function withNulIssues(location: string, values: Record<string, unknown>, issues: ValidationIssue[]): ValidationIssue[] {
  for (const name in values) {
    const value = values[name];
    const bad = typeof value === 'string' ? value.includes('\u0000') : Array.isArray(value) && value.some((v) => typeof v === 'string' && v.includes('\u0000'));
    if (bad) issues.push({ location, path: `/${name}`, message: 'must not contain a NUL byte' });
  }
  return issues;
}

/** Whether any string or property name holds a NUL character: the common answer, found without building paths. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsNul);
  for (const key in value as Record<string, unknown>) {
    if (key.includes('\u0000') || holdsNul((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** The JSON pointer of the first string (or property name) holding a NUL character, if any. */
function nulPath(value: unknown, at: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? at : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = nulPath(value[i], `${at}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const key in value as Record<string, unknown>) {
    if (key.includes('\u0000')) return `${at}/${key.split('\u0000').join('\\u0000')}`;
    const found = nulPath((value as Record<string, unknown>)[key], `${at}/${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
