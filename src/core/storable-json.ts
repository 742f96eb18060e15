/**
 * How deeply a request body may nest objects and arrays. No contract of ours comes near it; without a bound, a
 * body within the size limit could nest a few hundred thousand levels, past what Postgres parses as jsonb (its
 * stack gives out between 10,000 and 50,000 levels) and past any recursive code on the way there.
 */
export const MAX_BODY_DEPTH = 64;

export type UnstorableValue = { path: string; message: string };

/** Any UTF-16 surrogate: the rare characters worth a closer look. */
const SURROGATE = /[\ud800-\udfff]/;
/** A surrogate without its other half: only a `\ud800`-style JSON escape can produce one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function problemOf(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  return SURROGATE.test(text) && LONE_SURROGATE.test(text) ? 'must not contain an unpaired UTF-16 surrogate' : undefined;
}

/** A property name as a pointer segment, with the characters it is refused for written as escapes. */
function segment(key: string): string {
  return key.replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`).split('\u0000').join('\\u0000');
}

/** A place in the body: its parent's place and its own key. The pointer is spelled out only for a problem. */
type Place = { value: unknown; parent: Place | undefined; key: string | number; depth: number };

function pointer(place: Place | undefined, last?: string): string {
  const segments = last === undefined ? [] : [segment(last)];
  for (let at = place; at?.parent; at = at.parent) segments.push(typeof at.key === 'number' ? String(at.key) : segment(at.key));
  return segments.length === 0 ? '/' : `/${segments.reverse().join('/')}`;
}

/**
 * The JSON pointer and reason of the first place in a request body that no Postgres text or jsonb value can
 * hold: a NUL character or an unpaired surrogate in a string or a property name (Postgres refuses both, so they
 * would end as a 500), a number too large to read, or nesting deeper than MAX_BODY_DEPTH. Walked with a stack of
 * its own rather than by recursion, since the depth is what is being checked; on the request path, so no pointer
 * is built until a problem is found.
 */
export function findUnstorable(body: unknown): UnstorableValue | undefined {
  const stack: Place[] = [{ value: body, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const { value, depth } = place;
    if (typeof value === 'string') {
      const message = problemOf(value);
      if (message) return { path: pointer(place), message };
      continue;
    }
    // JSON.parse reads a number beyond ±1.8e308 as Infinity, which JSON and jsonb write back as null: refused
    // rather than stored as something the client never sent.
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { path: pointer(place), message: 'must be a number within ±1.7976931348623157e308' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth === MAX_BODY_DEPTH) return { path: pointer(place), message: `must not nest objects and arrays more than ${MAX_BODY_DEPTH} levels deep` };
    // Pushed in reverse so the first problem in document order is the one reported.
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], parent: place, key: i, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      const message = problemOf(key);
      if (message) return { path: pointer(place, key), message: `property name ${message}` };
    }
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      stack.push({ value: (value as Record<string, unknown>)[keys[i]], parent: place, key: keys[i], depth: depth + 1 });
    }
  }
  return undefined;
}
