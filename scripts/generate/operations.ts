import type { OpenApiDocument } from './bundle-spec.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type ParameterObject = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; $ref?: string };

export type OperationInfo = {
  operationId: string;
  method: string;
  path: string;
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

/** Lists the operations of a bundled document with their resolved parameters and media types. */
export function listOperations(doc: OpenApiDocument): OperationInfo[] {
  const result: OperationInfo[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolveRef<Record<string, any>>(doc, rawItem);
    const shared: ParameterObject[] = (item.parameters ?? []).map((p: unknown) => resolveRef(doc, p));
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const own: ParameterObject[] = (op.parameters ?? []).map((p: unknown) => resolveRef(doc, p));
      const merged = new Map<string, ParameterObject>();
      for (const p of [...shared, ...own]) merged.set(`${p.in}:${p.name}`, p);
      const body = op.requestBody ? resolveRef<any>(doc, op.requestBody) : undefined;
      result.push({
        operationId: op.operationId,
        method,
        path,
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
  return result;
}
