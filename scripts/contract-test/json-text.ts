/**
 * JSON text of a generated value, however deep it nests. JSON.stringify recurses on the native stack and throws
 * RangeError on the free-form value nested 20,000 levels that the tester sends (schema-arbitrary.ts), so such a
 * value is written here with an explicit stack instead. Like JSON.stringify: an undefined property is left out,
 * an undefined item or a non-finite number is null.
 */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return deepJsonText(value);
  }
}

type Frame = { prefix: string; entries: [string | null, unknown][]; next: number; parts: string[]; array: boolean };

function deepJsonText(root: unknown): string {
  const stack: Frame[] = [];
  let result = '';
  /** A scalar's text, or undefined once an object or array has been opened (its text comes when it closes). */
  const open = (prefix: string, value: unknown): string | undefined => {
    if (value === null || typeof value !== 'object') return prefix + scalar(value);
    const array = Array.isArray(value);
    const entries: [string | null, unknown][] = array ? value.map((item) => [null, item]) : Object.entries(value).filter(([, v]) => v !== undefined);
    stack.push({ prefix, entries, next: 0, parts: [], array });
    return undefined;
  };
  const first = open('', root);
  if (first !== undefined) return first;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.entries.length) {
      const [key, value] = frame.entries[frame.next];
      frame.next += 1;
      const text = open(key === null ? '' : `${JSON.stringify(key)}:`, value);
      if (text !== undefined) frame.parts.push(text);
      continue;
    }
    stack.pop();
    const text = `${frame.prefix}${frame.array ? '[' : '{'}${frame.parts.join(',')}${frame.array ? ']' : '}'}`;
    if (stack.length > 0) stack[stack.length - 1].parts.push(text);
    else result = text;
  }
  return result;
}

function scalar(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value) ?? 'null';
}
