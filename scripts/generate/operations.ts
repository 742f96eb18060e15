import type { OpenApiDocument } from './bundle-spec.js';

/** The fixed operation fields of a path item: OpenAPI 3.1's eight and 3.2's `query`. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;

export type ParameterObject = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; $ref?: string };

export type OperationInfo = {
  operationId: string;
  /** The identifier generated code names the operation by (handler, scaffold file, stream client); see handlerNames. */
  handlerName: string;
  /** Lower case; an OpenAPI 3.2 `additionalOperations` method too (`purge`). */
  method: string;
  path: string;
  /** The operation object as the document holds it. */
  raw: Record<string, any>;
  parameters: ParameterObject[];
  requestContentTypes: string[];
  requestBodyRequired: boolean;
  responses: { status: string; contentTypes: string[] }[];
};

export function resolveRef<T>(doc: OpenApiDocument, node: unknown): T {
  let current = node as { $ref?: string };
  while (current && typeof current.$ref === 'string') {
    const path = current.$ref.replace(/^#\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = path.reduce<any>((acc, key) => acc?.[key], doc);
  }
  return current as T;
}

/**
 * A path item's operations as [lower-case method, operation]: the fixed fields, then OpenAPI 3.2's
 * `additionalOperations` (keyed by the method as sent, e.g. `PURGE`).
 */
export function pathItemOperations(item: Record<string, any>): [string, Record<string, any>][] {
  const fixed = HTTP_METHODS.filter((m) => item[m]).map((m): [string, Record<string, any>] => [m, item[m]]);
  const additional = Object.entries<Record<string, any>>(item.additionalOperations ?? {}).map(([m, op]): [string, Record<string, any>] => [m.toLowerCase(), op]);
  return [...fixed, ...additional];
}

/** Lists the operations of a bundled document with their resolved parameters and media types. */
export function listOperations(doc: OpenApiDocument): OperationInfo[] {
  const result: Omit<OperationInfo, 'handlerName'>[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolveRef<Record<string, any>>(doc, rawItem);
    const shared: ParameterObject[] = (item.parameters ?? []).map((p: unknown) => resolveRef(doc, p));
    for (const [method, op] of pathItemOperations(item)) {
      const own: ParameterObject[] = (op.parameters ?? []).map((p: unknown) => resolveRef(doc, p));
      const merged = new Map<string, ParameterObject>();
      for (const p of [...shared, ...own]) merged.set(`${p.in}:${p.name}`, p);
      const body = op.requestBody ? resolveRef<any>(doc, op.requestBody) : undefined;
      result.push({
        operationId: op.operationId,
        method,
        path,
        raw: op,
        parameters: [...merged.values()],
        requestContentTypes: Object.keys(body?.content ?? {}),
        requestBodyRequired: Boolean(body?.required),
        responses: Object.entries(op.responses ?? {}).map(([status, r]) => ({
          status,
          contentTypes: Object.keys(resolveRef<any>(doc, r)?.content ?? {}),
        })),
      });
    }
  }
  const names = handlerNames(result.map((o) => o.operationId));
  return result.map((o, i) => ({ ...o, handlerName: names[i] }));
}

export const CAMEL_CASE = /^[a-z][A-Za-z0-9]*$/;

/** Words a camelCase operationId may spell that cannot name an exported function. */
const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval'.split(' '),
);

/**
 * The name generated code gives each operation (handler export, scaffold file, stream client). A camelCase
 * operationId is its own name. Any other (GitHub's `repos/get`, `users/get-by-username`) is camelCased over its
 * non-alphanumeric separators (`reposGet`, `usersGetByUsername`); a leading digit gets `op` before it and a
 * reserved word `Operation` after it. A name already taken, by an operationId used as it is or by an earlier
 * operation in document order, gets the first free suffix 2, 3, …: the same document always gives the same names.
 */
export function handlerNames(operationIds: string[]): string[] {
  const taken = new Set(operationIds.filter((id) => CAMEL_CASE.test(id) && !RESERVED.has(id)));
  return operationIds.map((id) => {
    if (CAMEL_CASE.test(id) && !RESERVED.has(id)) return id;
    const words = String(id ?? '').split(/[^A-Za-z0-9]+/).filter(Boolean);
    let base = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('') || 'operation';
    if (/^[0-9]/.test(base)) base = `op${base}`;
    if (!/^[a-z]/.test(base)) base = base.charAt(0).toLowerCase() + base.slice(1);
    if (RESERVED.has(base)) base = `${base}Operation`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    return name;
  });
}
