import type { OpenApiDocument } from './bundle-spec.js';
import { HTTP_METHODS, resolveRef } from './operations.js';

/** Renames a key of every media type object (the values of each `content` map), leaving schemas alone. */
function renameMediaTypeKey(value: unknown, from: string, to: string, inContent = false): unknown {
  if (Array.isArray(value)) return value.map((v) => renameMediaTypeKey(v, from, to));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      if (inContent && v && typeof v === 'object' && from in v) {
        const renamed = Object.fromEntries(Object.entries(v).map(([key, child]) => [key === from ? to : key, child]));
        return [k, renameMediaTypeKey(renamed, from, to)];
      }
      return [k, renameMediaTypeKey(v, from, to, k === 'content' && !inContent)];
    }),
  );
}

/**
 * The bundle as OpenAPI 3.2: each `x-item-schema` (our 3.1 extension) becomes the standard `itemSchema`. The
 * 3.1 bundle stays what the runtime and the generators that do not read 3.2 (openapi-typescript, orval) use.
 */
export function toOpenApi32(doc: OpenApiDocument): Record<string, unknown> {
  return { ...(renameMediaTypeKey(doc, 'x-item-schema', 'itemSchema') as Record<string, unknown>), openapi: '3.2.0' };
}

const FIXED_31 = new Set<string>(HTTP_METHODS.filter((m) => m !== 'query'));

/**
 * A 3.2 bundle as the 3.1 copy the generators without 3.2 read (openapi-typescript, orval): `itemSchema`
 * becomes `x-item-schema`, and each operation 3.1 has no field for (`query`, `additionalOperations`) moves to
 * `components.pathItems.<operationId>` as that path item's `post`, marked `x-method` and `x-path`. No 3.1 tool
 * routes a component path item, so orval writes no client for it (it could only send POST), while
 * openapi-typescript still types it under `operations['<operationId>']`, which the server stub needs.
 * Other 3.2 additions pass through unchanged. See specs/README.md, "OpenAPI 3.2 documents".
 */
export function toOpenApi31(doc: OpenApiDocument): OpenApiDocument {
  const copy = renameMediaTypeKey(doc, 'itemSchema', 'x-item-schema') as OpenApiDocument;
  const moved: Record<string, unknown> = {};
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, rawItem] of Object.entries(copy.paths ?? {})) {
    const item = resolveRef<Record<string, any>>(copy, rawItem);
    const extra: [string, Record<string, any>][] = [
      ...(item.query ? [['QUERY', item.query] as [string, Record<string, any>]] : []),
      ...Object.entries<Record<string, any>>(item.additionalOperations ?? {}),
    ];
    if (extra.length === 0) {
      paths[path] = rawItem;
      continue;
    }
    paths[path] = Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'query' && k !== 'additionalOperations'));
    for (const [method, op] of extra) {
      if (FIXED_31.has(method.toLowerCase())) continue;
      const key = String(op.operationId ?? `${method}${path}`).replace(/[^A-Za-z0-9._-]/g, '_');
      moved[key] = { 'x-method': method, 'x-path': path, ...(item.parameters ? { parameters: item.parameters } : {}), post: op };
    }
  }
  const components = Object.keys(moved).length > 0 ? { ...copy.components, pathItems: { ...(copy.components?.pathItems as object), ...moved } } : copy.components;
  return { ...copy, openapi: '3.1.0', paths, ...(components ? { components } : {}) };
}
