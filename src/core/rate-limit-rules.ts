/**
 * Rate limits are part of the contract, so they are declared in the spec where clients read them: an
 * `x-rate-limit` extension (one rule or a list) on the document applies to every operation, and one on an
 * operation adds to those. Every rule counts each request; the response headers report the tighter one.
 *
 * ```yaml
 * x-rate-limit:
 *   name: submissions   # the bucket: rules with one name share one count (default: the operationId,
 *                       # or `api` on the document); also the name an API module overrides values by
 *   limit: 10           # requests per window
 *   window: 60          # seconds
 *   key: subject        # subject | ip | header:<name>; subject and header fall back to the client IP
 *   reset: seconds      # X-RateLimit-Reset as seconds until the window resets, or `epoch` (Unix seconds)
 * ```
 */
export type RateLimitKey = 'subject' | 'ip' | `header:${string}`;
export type RateLimitReset = 'seconds' | 'epoch';

export type RateLimitRule = { name: string; limit: number; window: number; key: RateLimitKey; reset: RateLimitReset };

/** Values an API module may set from its configuration instead of the spec's numbers, by rule name. */
export type RateLimitOverrides = Record<string, Partial<Pick<RateLimitRule, 'limit' | 'window'>>>;

export const RATE_LIMIT_EXTENSION = 'x-rate-limit';

/** The rules that apply to one operation: the document's first, then the operation's own. */
export function rateLimitRules(document: Record<string, unknown>, operation: Record<string, unknown>, operationId: string): RateLimitRule[] {
  return [
    ...parseRules(document[RATE_LIMIT_EXTENSION], 'api', 'document'),
    ...parseRules(operation[RATE_LIMIT_EXTENSION], operationId, operationId),
  ];
}

export function applyOverrides(rules: RateLimitRule[], overrides: RateLimitOverrides | undefined): RateLimitRule[] {
  if (!overrides) return rules;
  return rules.map((rule) => ({ ...rule, ...overrides[rule.name] }));
}

function parseRules(raw: unknown, defaultName: string, where: string): RateLimitRule[] {
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]).map((entry) => parseRule(entry, defaultName, where));
}

function parseRule(raw: unknown, defaultName: string, where: string): RateLimitRule {
  const fail = (problem: string): never => {
    throw new Error(`${RATE_LIMIT_EXTENSION} on ${where}: ${problem}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('must be an object or a list of objects');
  const { name = defaultName, limit, window, key = 'subject', reset = 'seconds', ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) fail(`unknown field ${Object.keys(rest).join(', ')}`);
  if (typeof name !== 'string' || !/^[A-Za-z0-9._-]+$/.test(name)) fail('name must be a word');
  if (!Number.isInteger(limit) || (limit as number) < 1) fail('limit must be a positive integer');
  if (!Number.isInteger(window) || (window as number) < 1) fail('window must be a positive integer of seconds');
  if (typeof key !== 'string' || !/^(subject|ip|header:[A-Za-z0-9-]+)$/.test(key)) fail('key must be subject, ip or header:<name>');
  if (reset !== 'seconds' && reset !== 'epoch') fail('reset must be seconds or epoch');
  return { name: name as string, limit: limit as number, window: window as number, key: key as RateLimitKey, reset: reset as RateLimitReset };
}
