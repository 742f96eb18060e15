type Doc = Record<string, any>;
type Schema = Record<string, any>;

/** One difference between two versions of a spec. `id` is what a CHANGELOG names to accept a breaking one. */
export type Change = { breaking: boolean; id: string; operationId?: string; message: string };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

/**
 * The changes from `base` to `head`, two bundled OpenAPI 3.x documents (internal `$ref`s are followed). Breaking:
 * an operation or a response removed, a success status changed, a required parameter or request field added
 * (or an optional one made required), a request type narrowed (a type, an enum value or a range taken away), a
 * response field removed or made optional, a response type widened. Anything else found is listed as non-breaking.
 */
export function diffSpecs(base: Doc, head: Doc): Change[] {
  const changes: Change[] = [];
  const baseOps = operations(base);
  const headOps = operations(head);
  for (const [key, op] of baseOps) {
    const next = headOps.get(key);
    if (!next) {
      changes.push({ breaking: true, id: `operation-removed: ${key}`, operationId: op.operationId, message: `${key} (${op.operationId}) was removed` });
      continue;
    }
    diffOperation(key, op, next, new Ctx(base, head, changes, key, op.operationId));
  }
  for (const [key, op] of headOps) {
    if (!baseOps.has(key)) changes.push({ breaking: false, id: `operation-added: ${key}`, operationId: op.operationId, message: `${key} (${op.operationId}) was added` });
  }
  return changes;
}

/** Where a comparison is, and how to resolve `$ref`s on each side. */
class Ctx {
  constructor(
    readonly base: Doc,
    readonly head: Doc,
    readonly changes: Change[],
    readonly key: string,
    readonly operationId: string,
  ) {}

  add(breaking: boolean, kind: string, where: string, message: string): void {
    this.changes.push({ breaking, id: `${kind}: ${this.key} ${where}`.trim(), operationId: this.operationId, message: `${this.key}: ${message}` });
  }
}

function operations(doc: Doc): Map<string, Schema> {
  const out = new Map<string, Schema>();
  for (const [path, item] of Object.entries<Schema>(doc.paths ?? {})) {
    const resolved = resolve(doc, item);
    // OpenAPI 3.2's additionalOperations holds the other HTTP methods (COPY, PURGE...), keyed by their exact name.
    const byMethod: [string, Schema][] = [
      ...METHODS.map((method): [string, Schema] => [method.toUpperCase(), resolved[method]]),
      ...Object.entries<Schema>(resolved.additionalOperations ?? {}),
    ];
    for (const [method, op] of byMethod) {
      if (!op) continue;
      // Path parameters are compared by position: renaming {id} to {runId} is not a change for a client.
      const key = `${method} ${path.replace(/\{[^}]+\}/g, '{}')}`;
      out.set(key, { ...op, parameters: [...(resolved.parameters ?? []), ...(op.parameters ?? [])], pathNames: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]) });
    }
  }
  return out;
}

function resolve(doc: Doc, value: any, seen = 0): any {
  if (!value || typeof value !== 'object' || typeof value.$ref !== 'string' || !value.$ref.startsWith('#/') || seen > 20) return value;
  const target = value.$ref
    .slice(2)
    .split('/')
    .reduce((node: any, part: string) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  const { $ref: _ref, ...siblings } = value;
  void _ref;
  return resolve(doc, { ...target, ...siblings }, seen + 1);
}

function diffOperation(key: string, base: Schema, head: Schema, ctx: Ctx): void {
  // A path parameter is known by its position in the path, any other by its name.
  const nameOf = (op: Schema, p: Schema) => (p.in === 'path' ? `path parameter #${(op.pathNames as string[]).indexOf(p.name) + 1}` : `${p.in} ${p.name}`);
  const params = (doc: Doc, op: Schema) => new Map((op.parameters as Schema[]).map((p) => resolve(doc, p)).map((p: Schema) => [nameOf(op, p), p]));
  const before = params(ctx.base, base);
  const after = params(ctx.head, head);
  for (const [name, p] of after) {
    const old = before.get(name);
    const required = p.required === true || p.in === 'path';
    if (!old) ctx.add(required, required ? 'required-parameter-added' : 'parameter-added', name, `${required ? 'required' : 'optional'} parameter ${name} was added`);
    else {
      if (required && !(old.required === true || old.in === 'path')) ctx.add(true, 'parameter-made-required', name, `parameter ${name} became required`);
      compareSchemas(resolve(ctx.base, old.schema), resolve(ctx.head, p.schema), 'request', `parameter ${name}`, ctx, 0);
    }
  }
  for (const name of before.keys()) if (!after.has(name)) ctx.add(false, 'parameter-removed', name, `parameter ${name} was removed (now ignored)`);

  const oldBody = resolve(ctx.base, base.requestBody);
  const newBody = resolve(ctx.head, head.requestBody);
  if (newBody?.required && !oldBody?.required) ctx.add(true, 'request-body-made-required', '', 'the request body became required');
  for (const [type, media] of Object.entries<Schema>(oldBody?.content ?? {})) {
    const next = newBody?.content?.[type];
    if (!next) ctx.add(true, 'request-media-type-removed', type, `request content type ${type} is no longer accepted`);
    else compareSchemas(resolve(ctx.base, media.schema), resolve(ctx.head, next.schema), 'request', `request body`, ctx, 0);
  }

  const statuses = (op: Schema) => Object.keys(op.responses ?? {});
  const oldSuccess = statuses(base).filter((s) => s.startsWith('2')).sort();
  const newSuccess = statuses(head).filter((s) => s.startsWith('2')).sort();
  if (oldSuccess.join() !== newSuccess.join()) {
    ctx.add(true, 'success-status-changed', `${oldSuccess.join(',')} -> ${newSuccess.join(',')}`, `success status changed from ${oldSuccess.join(', ') || 'none'} to ${newSuccess.join(', ') || 'none'}`);
  }
  for (const status of statuses(base)) {
    const old = resolve(ctx.base, base.responses[status]);
    const next = head.responses?.[status] ? resolve(ctx.head, head.responses[status]) : undefined;
    if (!next) {
      if (!status.startsWith('2')) ctx.add(true, 'response-removed', status, `response ${status} was removed`);
      continue;
    }
    for (const [type, media] of Object.entries<Schema>(old.content ?? {})) {
      const media2 = next.content?.[type];
      if (!media2) ctx.add(true, 'response-media-type-removed', `${status} ${type}`, `response ${status} no longer sends ${type}`);
      else compareSchemas(resolve(ctx.base, media.schema), resolve(ctx.head, media2.schema), 'response', `response ${status}`, ctx, 0);
    }
  }
  for (const status of statuses(head)) {
    if (!base.responses?.[status] && !status.startsWith('2')) ctx.add(false, 'response-added', status, `response ${status} was added`);
  }
}

function typeSet(schema: Schema | undefined): Set<string> | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const t = schema.type;
  const set = new Set<string>(Array.isArray(t) ? t : typeof t === 'string' ? [t] : []);
  if (schema.nullable === true) set.add('null');
  if (set.has('number')) set.add('integer');
  return set.size > 0 ? set : undefined;
}

/**
 * Compares a schema in the direction data flows. In a request the server must still accept all it accepted
 * (narrowing breaks clients); in a response clients must still get all they relied on (removal and widening
 * break them).
 */
function compareSchemas(oldS: Schema | undefined, newS: Schema | undefined, flow: 'request' | 'response', where: string, ctx: Ctx, depth: number): void {
  if (!oldS || !newS || typeof oldS !== 'object' || typeof newS !== 'object' || depth > 12) return;
  const oldTypes = typeSet(oldS);
  const newTypes = typeSet(newS);
  if (oldTypes && newTypes) {
    const lost = [...oldTypes].filter((t) => !newTypes.has(t));
    const gained = [...newTypes].filter((t) => !oldTypes.has(t));
    if (flow === 'request' && lost.length > 0) ctx.add(true, 'request-type-narrowed', where, `${where} no longer accepts ${lost.join(', ')}`);
    if (flow === 'response' && gained.length > 0) ctx.add(true, 'response-type-widened', where, `${where} may now be ${gained.join(', ')}`);
  }
  if (Array.isArray(oldS.enum) && Array.isArray(newS.enum)) {
    const removed = oldS.enum.filter((v: unknown) => !newS.enum.some((w: unknown) => JSON.stringify(w) === JSON.stringify(v)));
    const added = newS.enum.filter((v: unknown) => !oldS.enum.some((w: unknown) => JSON.stringify(w) === JSON.stringify(v)));
    for (const v of removed) ctx.add(flow === 'request', 'enum-value-removed', `${where} ${JSON.stringify(v)}`, `${where} lost the enum value ${JSON.stringify(v)}`);
    for (const v of added) ctx.add(false, 'enum-value-added', `${where} ${JSON.stringify(v)}`, `${where} gained the enum value ${JSON.stringify(v)}`);
  } else if (flow === 'request' && Array.isArray(newS.enum) && !Array.isArray(oldS.enum)) {
    ctx.add(true, 'request-type-narrowed', `${where} enum`, `${where} is now limited to ${JSON.stringify(newS.enum)}`);
  }
  if (flow === 'request') {
    const narrowed = (name: string, tighter: (a: number, b: number) => boolean) => {
      const a = oldS[name];
      const b = newS[name];
      if (typeof b === 'number' && (typeof a !== 'number' || tighter(a, b))) ctx.add(true, 'request-type-narrowed', `${where} ${name}`, `${where} ${name} is now ${b} (was ${a ?? 'unset'})`);
    };
    narrowed('maxLength', (a, b) => b < a);
    narrowed('maximum', (a, b) => b < a);
    narrowed('maxItems', (a, b) => b < a);
    narrowed('minLength', (a, b) => b > a);
    narrowed('minimum', (a, b) => b > a);
    narrowed('minItems', (a, b) => b > a);
    if (typeof newS.pattern === 'string' && newS.pattern !== oldS.pattern) ctx.add(true, 'request-type-narrowed', `${where} pattern`, `${where} must now match ${newS.pattern}`);
    if (newS.additionalProperties === false && oldS.additionalProperties !== false) ctx.add(true, 'request-type-narrowed', `${where} additionalProperties`, `${where} no longer accepts extra properties`);
  }
  const oldProps: Record<string, Schema> = oldS.properties ?? {};
  const newProps: Record<string, Schema> = newS.properties ?? {};
  const oldReq = new Set<string>(oldS.required ?? []);
  const newReq = new Set<string>(newS.required ?? []);
  for (const name of Object.keys(newProps)) {
    const at = `${where} /${name}`;
    if (!(name in oldProps)) {
      if (flow === 'request' && newReq.has(name)) ctx.add(true, 'required-request-field-added', at, `${at} was added as required`);
      else ctx.add(false, `${flow}-field-added`, at, `${at} was added`);
    } else {
      if (flow === 'request' && newReq.has(name) && !oldReq.has(name)) ctx.add(true, 'request-field-made-required', at, `${at} became required`);
      if (flow === 'response' && oldReq.has(name) && !newReq.has(name)) ctx.add(true, 'response-field-made-optional', at, `${at} is no longer always sent`);
      compareSchemas(resolve(ctx.base, oldProps[name]), resolve(ctx.head, newProps[name]), flow, at, ctx, depth + 1);
    }
  }
  for (const name of Object.keys(oldProps)) {
    if (name in newProps) continue;
    const at = `${where} /${name}`;
    if (flow === 'response') ctx.add(true, 'response-field-removed', at, `${at} was removed`);
    else ctx.add(newS.additionalProperties === false, 'request-field-removed', at, `${at} was removed${newS.additionalProperties === false ? ' and is now refused' : ''}`);
  }
  if (oldS.items && newS.items) compareSchemas(resolve(ctx.base, oldS.items), resolve(ctx.head, newS.items), flow, `${where} []`, ctx, depth + 1);
}
