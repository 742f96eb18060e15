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
