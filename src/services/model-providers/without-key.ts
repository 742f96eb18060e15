/**
 * The text with every occurrence of the key blanked out. An error can quote the key: fetch refuses a header value
 * with a line break by quoting the whole `Bearer <key>`, and a provider may echo the key it rejected. Such text
 * ends up in runs, job records, callbacks and health answers, where no key may appear.
 */
export const withoutKey = (text: string, key: string | undefined): string => (key ? text.replaceAll(key, '[redacted]') : text);
