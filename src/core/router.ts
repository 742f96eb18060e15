import type { OperationDef } from './spec-loader.js';

type Node = {
  literal: Map<string, Node>;
  param?: { name: string; node: Node };
  /** Segments mixing text and parameters, e.g. `{name}.json`. */
  patterns: { regex: RegExp; names: string[]; node: Node }[];
  operations: Map<string, OperationDef>;
};

export type RouteMatch =
  | { kind: 'found'; operation: OperationDef; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

const newNode = (): Node => ({ literal: new Map(), patterns: [], operations: new Map() });

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
    for (const segment of splitPath(op.path)) {
      const whole = /^\{([^}]+)\}$/.exec(segment);
      if (whole) {
        node.param ??= { name: whole[1], node: newNode() };
        node = node.param.node;
      } else if (segment.includes('{')) {
        const names: string[] = [];
        const source = segment.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string, text: string) => {
          if (name) {
            names.push(name);
            return '([^/]+?)';
          }
          return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        });
        let entry = node.patterns.find((p) => p.regex.source === `^${source}$`);
        if (!entry) {
          entry = { regex: new RegExp(`^${source}$`), names, node: newNode() };
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
  }

  match(method: string, path: string): RouteMatch {
    const params: Record<string, string> = {};
    const node = this.walk(this.root, splitPath(path), 0, params);
    if (!node || node.operations.size === 0) return { kind: 'not-found' };
    const operation = node.operations.get(method) ?? (method === 'HEAD' ? node.operations.get('GET') : undefined);
    if (!operation) return { kind: 'method-not-allowed', allow: [...node.operations.keys()] };
    return { kind: 'found', operation, params };
  }

  private walk(node: Node, segments: string[], index: number, params: Record<string, string>): Node | undefined {
    if (index === segments.length) return node;
    const segment = segments[index];
    const literal = node.literal.get(segment);
    if (literal) {
      const found = this.walk(literal, segments, index + 1, params);
      if (found?.operations.size) return found;
    }
    for (const pattern of node.patterns) {
      const m = pattern.regex.exec(segment);
      if (!m) continue;
      const found = this.walk(pattern.node, segments, index + 1, params);
      if (found?.operations.size) {
        pattern.names.forEach((name, i) => (params[name] = safeDecode(m[i + 1])));
        return found;
      }
    }
    if (node.param) {
      const found = this.walk(node.param.node, segments, index + 1, params);
      if (found?.operations.size) {
        params[node.param.name] = safeDecode(segment);
        return found;
      }
    }
    return undefined;
  }
}

function safeDecode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
