import { declaredResponse, type OperationDef, type ParameterDef } from '../../src/core/spec-loader.js';
import type { TestRequest, TestResponse } from './http-exchange.js';
import { jsonText } from './json-text.js';

/** An OpenAPI Link Object, as far as the tester follows it (`operationRef` is not: the specs name operations by id). */
export type LinkDef = { operationId?: string; parameters?: Record<string, unknown>; requestBody?: unknown };

/** One answered request, which a link's runtime expressions read. */
export type Exchange = { operation: OperationDef; request: TestRequest; response: TestResponse };

/**
 * What a link makes of its target's request: parameter values by `in:name`, and the body when it sets one, as a
 * value (a whole-body expression, a constant) or as text (a string with expressions embedded, such as
 * `{"refresh_token":"{$response.body#/refresh_token}"}`: the form a JSON body takes where a spec's tools require a
 * link's requestBody to be a string, as openapi-generator's parser does).
 */
export type LinkedValues = { params: Record<string, unknown>; body?: { value: unknown } | { text: string } };

const UNRESOLVED = Symbol('unresolved');

/** The links the spec declares on the response an operation answered with. */
export function linksOf(operation: OperationDef, status: number): [string, LinkDef][] {
  const declared = declaredResponse(operation, status) as { links?: Record<string, LinkDef> } | undefined;
  return Object.entries(declared?.links ?? {});
}

/**
 * The target's parameter values and body as the link gives them, from the answered exchange; undefined when an
 * expression reads something the exchange lacks (an optional property the answer left out) or a parameter key
 * names no parameter of the target. A key is a parameter's name, or `in.name` where the name alone is ambiguous.
 */
export function linkedValues(link: LinkDef, target: OperationDef, exchange: Exchange): LinkedValues | undefined {
  const params: Record<string, unknown> = {};
  for (const [name, expression] of Object.entries(link.parameters ?? {})) {
    const parameter = parameterOf(target, name);
    const value = evaluate(expression, exchange);
    if (!parameter || value === UNRESOLVED) return undefined;
    params[`${parameter.in}:${parameter.name}`] = value;
  }
  if (link.requestBody === undefined) return { params };
  const body = evaluate(link.requestBody, exchange);
  if (body === UNRESOLVED) return undefined;
  const text = typeof link.requestBody === 'string' && !link.requestBody.startsWith('$');
  return { params, body: text ? { text: String(body) } : { value: body } };
}

function parameterOf(operation: OperationDef, key: string): ParameterDef | undefined {
  const qualified = /^(path|query|header|cookie)\.(.+)$/.exec(key);
  if (qualified) return operation.parameters.find((p) => p.in === qualified[1] && sameName(p, qualified[2]));
  return operation.parameters.find((p) => sameName(p, key));
}

/** Header names are case-insensitive; other parameter names are not. */
function sameName(p: ParameterDef, name: string): boolean {
  return p.in === 'header' ? p.name.toLowerCase() === name.toLowerCase() : p.name === name;
}

/**
 * A link's value: a runtime expression (`$response.body#/id`), a string embedding some (`/runs/{$request.path.id}`),
 * or a constant. The grammar is OpenAPI's "Runtime Expressions". In an object or array (a `requestBody` such as
 * `{ refreshToken: $response.body#/refreshToken }`, beyond what OpenAPI defines but what such a body needs) each
 * string is read the same way.
 */
function evaluate(value: unknown, exchange: Exchange): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => evaluate(item, exchange));
    return items.includes(UNRESOLVED) ? UNRESOLVED : items;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, evaluate(v, exchange)] as const);
    return entries.some(([, v]) => v === UNRESOLVED) ? UNRESOLVED : Object.fromEntries(entries);
  }
  if (typeof value !== 'string') return value;
  if (value.startsWith('$')) return expression(value, exchange);
  if (!/\{\$[^}]+\}/.test(value)) return value;
  let unresolved = false;
  const text = value.replace(/\{(\$[^}]+)\}/g, (_, inner: string) => {
    const v = expression(inner, exchange);
    if (v === UNRESOLVED || v === undefined) unresolved = true;
    return typeof v === 'string' ? v : jsonText(v);
  });
  return unresolved ? UNRESOLVED : text;
}

function expression(text: string, { operation, request, response }: Exchange): unknown {
  if (text === '$url') return request.path;
  if (text === '$method') return request.method;
  if (text === '$statusCode') return response.status;
  const m = /^\$(request|response)\.(header|query|path|body)(?:\.(.+)|(#.*))?$/.exec(text);
  if (!m) return UNRESOLVED;
  const [, side, source, name, pointer] = m;
  if (source === 'body') return fromBody(side === 'request' ? request.body : response.text, pointer ?? '#');
  if (source === 'header' && name) {
    const headers = side === 'request' ? lowerCased(request.headers) : (response.headers ?? {});
    return headers[name.toLowerCase()] ?? UNRESOLVED;
  }
  if (side !== 'request' || !name) return UNRESOLVED;
  if (source === 'query') return request.query.find(([n]) => n === name)?.[1] ?? UNRESOLVED;
  return pathValues(operation.path, request.path)[name] ?? UNRESOLVED;
}

function fromBody(text: string | undefined, pointer: string): unknown {
  if (text === undefined) return UNRESOLVED;
  let node: unknown;
  try {
    node = JSON.parse(text);
  } catch {
    return UNRESOLVED;
  }
  for (const token of pointer.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return UNRESOLVED;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The values of the path template's parameters in a request's path (`/runs/{id}` against `/runs/r-1`). */
function pathValues(template: string, path: string): Record<string, string> {
  const names = template.split('/');
  const values = path.split('/');
  const out: Record<string, string> = {};
  names.forEach((segment, i) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name && values[i] !== undefined) out[name] = decodeURIComponent(values[i]);
  });
  return out;
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
