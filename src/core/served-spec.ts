import type { SecurityHandler } from './security.js';

type Requirement = Record<string, string[]>;
type Doc = { security?: Requirement[]; paths?: Record<string, Record<string, unknown>> } & Record<string, unknown>;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']);

/**
 * The API's document as this server enforces it. A scheme whose setting is unset here (its handler says
 * `enforced: false`, e.g. HyperShift's tier secret) lets every request through, so a requirement naming it reads
 * without it, and one left with no scheme is `{}`: anonymous access. A client or fuzzer reading this server's spec
 * then sees optional auth where auth is optional, and the same spec with the setting made says what it enforces.
 */
export function servedDocument<T extends object>(document: T, handlers: Record<string, SecurityHandler>): T {
  const off = new Set(Object.keys(handlers).filter((name) => handlers[name].enforced === false));
  if (off.size === 0) return document;
  const enforced = (requirements: Requirement[]) =>
    requirements.map((requirement) => Object.fromEntries(Object.entries(requirement).filter(([name]) => !off.has(name))));
  const doc = document as Doc;
  const paths = Object.fromEntries(
    Object.entries(doc.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([key, op]) => {
          const security = (op as { security?: Requirement[] } | undefined)?.security;
          return [key, METHODS.has(key) && Array.isArray(security) ? { ...(op as object), security: enforced(security) } : op];
        }),
      ),
    ]),
  );
  return { ...doc, ...(doc.security ? { security: enforced(doc.security) } : {}), paths } as T;
}
