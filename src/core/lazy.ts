import { createRequire } from 'node:module';

/**
 * A value made on first use and kept. Schema compilation is the costly part of starting an API (a workflow
 * schema, every webhook payload, every WebSocket message), and most of it is for paths a given run may never take.
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/**
 * A package or Node builtin required on first use rather than imported: for what only a rare path needs (a native
 * addon, a library that builds tables as it loads), so that a server start does not pay for it. Imports of its types
 * stay `import type`.
 */
export function lazyRequire<T>(specifier: string): () => T {
  return lazy(() => createRequire(import.meta.url)(specifier) as T);
}
