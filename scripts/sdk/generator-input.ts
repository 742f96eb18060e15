type Schema = Record<string, any>;

const JSON_TYPES = ['object', 'array', 'string', 'number', 'boolean'];

/**
 * Two shapes the generators turn into classes that cannot hold the values, rewritten to the plain schema that
 * means the same. Any JSON value written as every type (`type: [object, array, string, number, boolean, 'null']`)
 * becomes a schema without `type`: Java's generated wrapper fails to read anything but an object, where `Object`
 * reads all. A string that may take one of several formats (`type: string, anyOf: [{format: date}, {format: date-time}]`)
 * becomes a plain string: both languages turn that `anyOf` into an empty model class, which cannot be sent as a
 * query value. The server still checks what the spec says.
 */
function simplifyForGenerators(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(simplifyForGenerators);
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (Array.isArray(schema.type) && JSON_TYPES.every((t) => (schema.type as string[]).includes(t))) {
    delete schema.type;
    delete schema.items;
    delete schema.additionalProperties;
  }
  const branches = schema.anyOf;
  if (schema.type === 'string' && Array.isArray(branches) && branches.every((b) => Object.keys(b).every((k) => k === 'format'))) delete schema.anyOf;
  Object.values(schema).forEach(simplifyForGenerators);
}

/**
 * A `oneOf` of objects with no property naming the branch (Hybrid's `ModelResult`: `ModelResponse` or
 * `ModelError`) becomes one object holding every branch's properties, none required. Java's generated `oneOf`
 * reads a value with each branch and needs exactly one to succeed, but Jackson reads any object as any branch
 * (it checks neither required nor extra properties), so every such value failed; TypeScript picked the first
 * branch whose required fields were present. A discriminator would change the wire format.
 */
function mergeUndiscriminatedOneOfs(spec: Schema): void {
  const schemas: Record<string, Schema> = spec.components?.schemas ?? {};
  const target = (branch: Schema) => (typeof branch.$ref === 'string' ? schemas[branch.$ref.replace('#/components/schemas/', '')] : branch);
  for (const [name, schema] of Object.entries(schemas)) {
    if (!Array.isArray(schema.oneOf) || schema.discriminator) continue;
    const branches = schema.oneOf.map(target);
    if (!branches.every((b: Schema | undefined) => b?.type === 'object' && b.properties)) continue;
    schemas[name] = {
      type: 'object',
      description: schema.description,
      properties: Object.assign({}, ...[...branches].reverse().map((b: Schema) => b.properties)),
    };
  }
}

/**
 * What openapi-generator reads for one API: its bundled spec without `webhooks` (requests the server sends, not
 * operations a client calls: the generators would turn each into a method POSTing to the webhook's name; the
 * payload schemas stay in components, so the SDKs still have the models), with the shapes above simplified.
 * The server and every other tool keep reading the spec itself.
 */
export function generatorInput(bundled: Schema): Schema {
  const spec: Schema = structuredClone(bundled);
  delete spec.webhooks;
  delete spec['x-generated'];
  simplifyForGenerators(spec);
  mergeUndiscriminatedOneOfs(spec);
  return spec;
}
