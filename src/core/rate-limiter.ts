import { HttpError } from './http-error.js';

export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitState = { limit: number; remaining: number; resetAt: number };

/**
 * Fixed-window counters kept in process memory, one window per key. Good for one process; several
 * processes behind a balancer each enforce the limit on their own share.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  hit(key: string, rule: RateLimitRule, now = Date.now()): RateLimitState {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 100_000) this.sweep(now);
      window = { count: 0, resetAt: now + rule.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    const state = { limit: rule.limit, remaining: Math.max(0, rule.limit - window.count), resetAt: window.resetAt };
    if (window.count > rule.limit) {
      const retryAfter = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      throw new HttpError(429, 'rate_limited', `Rate limit of ${rule.limit} requests per ${rule.windowMs / 1000} s exceeded`, { retryAfterSeconds: retryAfter }, {
        'Retry-After': String(retryAfter),
      });
    }
    return state;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
