import type { OpenApiDocument } from './bundle-spec.js';

/**
 * The bundle as OpenAPI 3.2: each `x-item-schema` (our 3.1 extension) becomes the standard `itemSchema`. The
 * 3.1 bundle stays what the runtime and the generators that do not read 3.2 (openapi-typescript, orval) use.
 */
export function toOpenApi32(doc: OpenApiDocument): Record<string, unknown> {
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === 'x-item-schema' ? 'itemSchema' : k, rename(v)]));
  };
  return { ...(rename(doc) as Record<string, unknown>), openapi: '3.2.0' };
}
