import type { OperationDef } from './spec-loader.js';

type Node = {
  literal: Map<string, Node>;
  param?: Node;
  /** Segments mixing text and parameters, e.g. `{name}.json`. */
  patterns: { regex: RegExp; node: Node }[];
  operations: Map<string, OperationDef>;
  /**
   * Each operation's parameter names in path order. Sibling paths may name one position differently
   * (`/agents/{id}` and `/agents/{agent_id}/workflows`), so the trie holds values by position, not by name.
   */
  names: Map<string, string[]>;
};

export type RouteMatch =
  /** `undecodable` names the parameters whose value is not valid percent-encoding (kept raw in `params`). */
  | { kind: 'found'; operation: OperationDef; params: Record<string, string>; undecodable?: string[] }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

const newNode = (): Node => ({ literal: new Map(), patterns: [], operations: new Map(), names: new Map() });

function splitPath(path: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i === path.length || path.charCodeAt(i) === 47) {
      if (i > start) segments.push(path.slice(start, i));
      start = i + 1;
    }
  }
  return segments;
}

/**
 * A segment trie built once from the spec: lookup cost depends on path depth, not on the number of operations.
 * Literal segments win over parameters, as OpenAPI requires.
 */
export class OperationRouter {
  private readonly root = newNode();

  constructor(operations: OperationDef[]) {
    for (const op of operations) this.add(op);
  }

  private add(op: OperationDef): void {
    let node = this.root;
    const names: string[] = [];
    for (const segment of splitPath(op.path)) {
      const whole = /^\{([^}]+)\}$/.exec(segment);
      if (whole) {
        names.push(whole[1]);
        node.param ??= newNode();
        node = node.param;
      } else if (segment.includes('{')) {
        const source = segment.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string, text: string) => {
          if (name) {
            names.push(name);
            return '([^/]+?)';
          }
          return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        });
        let entry = node.patterns.find((p) => p.regex.source === `^${source}$`);
        if (!entry) {
          entry = { regex: new RegExp(`^${source}$`), node: newNode() };
          node.patterns.push(entry);
        }
        node = entry.node;
      } else {
        let next = node.literal.get(segment);
        if (!next) node.literal.set(segment, (next = newNode()));
        node = next;
      }
    }
    node.operations.set(op.method, op);
    node.names.set(op.method, names);
  }

  match(method: string, path: string): RouteMatch {
    // An empty segment is not a missing one: `/sessions//request` (a client's empty id) must not be read as
    // `/sessions/request`, another route whose 405 would send the client looking in the wrong place. A trailing
    // slash is still forgiven.
    if (path.includes('//')) return { kind: 'not-found' };
    const segments = splitPath(path);
    const values: string[] = [];
    const node = this.walk(this.root, segments, 0, values);
    if (!node || node.operations.size === 0) return { kind: 'not-found' };
    const operation = node.operations.get(method) ?? (method === 'HEAD' ? node.operations.get('GET') : undefined);
    if (!operation) return { kind: 'method-not-allowed', allow: [...node.operations.keys()] };
    const names = node.names.get(operation.method)!;
    const params: Record<string, string> = {};
    let undecodable: string[] | undefined;
    // `values` were recorded as the walk unwound: last parameter first.
    for (let i = 0; i < values.length; i++) {
      const name = names[names.length - 1 - i];
      const decoded = decode(values[i]);
      if (decoded === undefined) (undecodable ??= []).push(name);
      params[name] = decoded ?? values[i];
    }
    return undecodable ? { kind: 'found', operation, params, undecodable } : { kind: 'found', operation, params };
  }

  /**
   * Only the path that matches records its values, as it unwinds (so in reverse order), and backtracking leaves
   * none behind.
   */
  private walk(node: Node, segments: string[], index: number, values: string[]): Node | undefined {
    if (index === segments.length) return node;
    const segment = segments[index];
    const literal = node.literal.get(segment);
    if (literal) {
      const found = this.walk(literal, segments, index + 1, values);
      if (found?.operations.size) return found;
    }
    for (const pattern of node.patterns) {
      const m = pattern.regex.exec(segment);
      if (!m) continue;
      const found = this.walk(pattern.node, segments, index + 1, values);
      if (found?.operations.size) {
        for (let k = m.length - 1; k > 0; k--) values.push(m[k]);
        return found;
      }
    }
    if (node.param) {
      const found = this.walk(node.param, segments, index + 1, values);
      if (found?.operations.size) {
        values.push(segment);
        return found;
      }
    }
    return undefined;
  }
}

/** `undefined` when the value is not valid percent-encoding (`%ZZ`, or bytes that are not UTF-8). */
function decode(value: string): string | undefined {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
