/** One reference token of a JSON pointer written in a URI fragment (RFC 6901 §6): percent-decoded, then ~1 and ~0. */
export const unescapePointerToken = (token: string): string => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');

/** The reverse: a key as one token of a pointer in a URI fragment. */
export const escapePointerToken = (token: string): string => encodeURIComponent(token.replace(/~/g, '~0').replace(/\//g, '~1'));

/** The keys a fragment pointer (`#/data/runId`, or `#` for the whole document) walks through. */
export function fragmentTokens(fragment: string): string[] {
  return fragment === '#' ? [] : fragment.slice(1).split('/').slice(1).map(unescapePointerToken);
}
