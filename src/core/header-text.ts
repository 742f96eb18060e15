const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A header value as the text its sender meant. Node reads header bytes as latin1, so `josé` sent as UTF-8 (curl,
 * fetch, most clients) arrives as `josÃ©`: its length, pattern and stored value would all be wrong. Bytes that
 * are valid UTF-8 are read as UTF-8; anything else (a latin1 `é` alone) stays as it came.
 */
export function headerText(value: string): string {
  if (!/[^\p{ASCII}]/u.test(value)) return value;
  try {
    return utf8.decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}
