import { fragmentTokens } from '../../src/core/json-pointer.js';
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

/** A `$request.…` or `$response.…` runtime expression, taken apart (`pointer` for a body, `name` otherwise). */
export type ParsedExpression = { side: 'request' | 'response'; source: 'header' | 'query' | 'path' | 'body'; name?: string; pointer?: string };

/** The runtime expressions embedded in a string, each written `{$...}`. */
export const EMBEDDED_EXPRESSION = /\{(\$[^}]+)\}/g;

const UNRESOLVED = Symbol('unresolved');

/** An exchange as expressions read it: each side's JSON body parsed once, however many expressions read it. */
type Reader = { exchange: Exchange; body(side: 'request' | 'response'): unknown };

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
  const read = readerOf(exchange);
  const params: Record<string, unknown> = {};
  for (const [name, expression] of Object.entries(link.parameters ?? {})) {
    const parameter = parametersNamed(target, name)[0];
    const value = evaluate(expression, read);
    if (!parameter || value === UNRESOLVED) return undefined;
    params[`${parameter.in}:${parameter.name}`] = value;
  }
  if (link.requestBody === undefined) return { params };
  const body = evaluate(link.requestBody, read);
  if (body === UNRESOLVED) return undefined;
  const text = typeof link.requestBody === 'string' && !link.requestBody.startsWith('$');
  return { params, body: text ? { text: String(body) } : { value: body } };
}

/** The parameters a link's parameter key names: `name`, or `in.name` (what a bare name cannot tell apart). */
export function parametersNamed(operation: OperationDef, key: string): ParameterDef[] {
  const qualified = /^(path|query|header|cookie)\.(.+)$/.exec(key);
  if (qualified) return operation.parameters.filter((p) => p.in === qualified[1] && sameName(p, qualified[2]));
  return operation.parameters.filter((p) => sameName(p, key));
}

/** Header names are case-insensitive; other parameter names are not. */
export function sameName(p: ParameterDef, name: string): boolean {
  return p.in === 'header' ? p.name.toLowerCase() === name.toLowerCase() : p.name === name;
}

/**
 * A link's value: a runtime expression (`$response.body#/id`), a string embedding some (`/runs/{$request.path.id}`),
 * or a constant. The grammar is OpenAPI's "Runtime Expressions". In an object or array (a `requestBody` such as
 * `{ refreshToken: $response.body#/refreshToken }`, beyond what OpenAPI defines but what such a body needs) each
 * string is read the same way.
 */
function evaluate(value: unknown, read: Reader): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => evaluate(item, read));
    return items.includes(UNRESOLVED) ? UNRESOLVED : items;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, evaluate(v, read)] as const);
    return entries.some(([, v]) => v === UNRESOLVED) ? UNRESOLVED : Object.fromEntries(entries);
  }
  if (typeof value !== 'string') return value;
  if (value.startsWith('$')) return expression(value, read);
  let unresolved = false;
  const text = value.replace(EMBEDDED_EXPRESSION, (_, inner: string) => {
    const v = expression(inner, read);
    if (v === UNRESOLVED || v === undefined) unresolved = true;
    return typeof v === 'string' ? v : jsonText(v);
  });
  return unresolved ? UNRESOLVED : text;
}

/** A `$request.…` / `$response.…` expression taken apart; undefined for anything else (`$url`, `$method`, `$statusCode` included). */
export function parseExpression(text: string): ParsedExpression | undefined {
  const m = /^\$(request|response)\.(header|query|path|body)(?:\.(.+)|(#.*))?$/.exec(text);
  if (!m) return undefined;
  return { side: m[1] as ParsedExpression['side'], source: m[2] as ParsedExpression['source'], name: m[3], pointer: m[4] };
}

function expression(text: string, read: Reader): unknown {
  const { operation, request, response } = read.exchange;
  if (text === '$url') return request.path;
  if (text === '$method') return request.method;
  if (text === '$statusCode') return response.status;
  const parsed = parseExpression(text);
  if (!parsed) return UNRESOLVED;
  const { side, source, name, pointer } = parsed;
  if (source === 'body') return atPointer(read.body(side), pointer ?? '#');
  if (source === 'header' && name) {
    const headers = side === 'request' ? lowerCased(request.headers) : (response.headers ?? {});
    return headers[name.toLowerCase()] ?? UNRESOLVED;
  }
  if (side !== 'request' || !name) return UNRESOLVED;
  if (source === 'query') return request.query.find(([n]) => n === name)?.[1] ?? UNRESOLVED;
  return pathValues(operation.path, request.path)[name] ?? UNRESOLVED;
}

function readerOf(exchange: Exchange): Reader {
  const parsed = new Map<string, unknown>();
  return {
    exchange,
    body(side) {
      if (!parsed.has(side)) parsed.set(side, parseJson(side === 'request' ? exchange.request.body : exchange.response.text));
      return parsed.get(side);
    },
  };
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return UNRESOLVED;
  try {
    return JSON.parse(text);
  } catch {
    return UNRESOLVED;
  }
}

function atPointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const key of fragmentTokens(pointer)) {
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
