type Node = Record<string, unknown>;

/**
 * Reads an OpenAPI 3.0 document's schemas as the JSON Schema 2020-12 the runtime validates with, without hand
 * edits to the document: `nullable: true` adds `null` to the type (or a `null` branch where there is no type),
 * a boolean `exclusiveMinimum`/`exclusiveMaximum` turns its `minimum`/`maximum` into the numeric form.
 * A 3.1 document is returned as it is. The served document (`/openapi.json`) stays the original.
 */
export function upgradeOpenApi30(document: Node): Node {
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.0')) return document;
  return upgrade(document) as Node;
}

const BOUNDS = [
  ['exclusiveMinimum', 'minimum'],
  ['exclusiveMaximum', 'maximum'],
] as const;

function upgrade(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(upgrade);
  if (value === null || typeof value !== 'object') return value;
  const node: Node = {};
  for (const [key, child] of Object.entries(value as Node)) node[key] = upgrade(child);
  // Keywords are read only where they have their 3.0 meaning: a boolean beside a numeric bound, a boolean nullable.
  for (const [exclusive, bound] of BOUNDS) {
    if (typeof node[exclusive] !== 'boolean') continue;
    if (node[exclusive] && typeof node[bound] === 'number') {
      node[exclusive] = node[bound];
      delete node[bound];
    } else delete node[exclusive];
  }
  if (typeof node.nullable === 'boolean') {
    const nullable = node.nullable;
    delete node.nullable;
    if (nullable) return withNull(node);
  }
  return node;
}

function withNull(schema: Node): Node {
  if (typeof schema.type === 'string') {
    const enumWithNull = Array.isArray(schema.enum) && !schema.enum.includes(null) ? { enum: [...schema.enum, null] } : {};
    return { ...schema, type: [schema.type, 'null'], ...enumWithNull };
  }
  if (Array.isArray(schema.type)) return schema.type.includes('null') ? schema : { ...schema, type: [...schema.type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}
