import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { ClientAddress } from './client-address.js';
import type { Principal } from './handler-types.js';
import { HttpError } from './http-error.js';
import type { RateLimitRule } from './rate-limit-rules.js';
import type { RateLimitCounter, RateLimitStore } from './rate-limit-store.js';

type Counted = { rule: RateLimitRule; state: RateLimiterRes; exceeded: boolean };

/**
 * The limits of one operation. Every rule counts every request; the `X-RateLimit-*` headers describe the
 * tighter rule: the one with fewer requests remaining, and on a tie the one whose window resets later (the
 * one the client must wait for). Over any limit the request is a 429 with `Retry-After`, the wait until
 * every exhausted rule allows a request again.
 */
export class OperationRateLimit {
  private readonly counters: RateLimitCounter[];

  constructor(
    slug: string,
    private readonly rules: RateLimitRule[],
    store: RateLimitStore,
    private readonly clientAddress: ClientAddress,
  ) {
    this.counters = rules.map((rule) => store.counter(`${slug}:${rule.name}`, rule.limit, rule.window));
  }

  /** Counts the request and returns the headers every response of the operation carries; throws the 429. */
  async count(principal: Principal | null, req: IncomingMessage): Promise<Record<string, string>> {
    const counted = await Promise.all(this.rules.map((rule, i) => this.consume(rule, this.counters[i], principal, req)));
    const tighter = counted.reduce((a, b) => (isTighter(b, a) ? b : a));
    const headers = rateLimitHeaders(tighter);
    const exhausted = counted.filter((c) => c.exceeded);
    if (exhausted.length === 0) return headers;
    const retryAfter = Math.max(1, Math.ceil(Math.max(...exhausted.map((c) => c.state.msBeforeNext)) / 1000));
    const { limit, window } = tighter.rule;
    throw new HttpError(429, 'rate_limited', `Rate limit of ${limit} requests per ${window} s exceeded`, { limit, windowSeconds: window, retryAfterSeconds: retryAfter }, {
      ...headers,
      'Retry-After': String(retryAfter),
    });
  }

  private async consume(rule: RateLimitRule, counter: RateLimitCounter, principal: Principal | null, req: IncomingMessage): Promise<Counted> {
    try {
      return { rule, state: await counter.consume(clientKey(rule, principal, req, this.clientAddress)), exceeded: false };
    } catch (err) {
      // The library rejects with the state when the limit is exceeded, and with an Error when its store fails.
      if (err instanceof RateLimiterRes) return { rule, state: err, exceeded: true };
      throw err;
    }
  }
}

function isTighter(a: Counted, b: Counted): boolean {
  if (a.exceeded !== b.exceeded) return a.exceeded;
  if (a.state.remainingPoints !== b.state.remainingPoints) return a.state.remainingPoints < b.state.remainingPoints;
  return a.state.msBeforeNext > b.state.msBeforeNext;
}

function rateLimitHeaders({ rule, state }: Counted): Record<string, string> {
  const reset = rule.reset === 'epoch' ? Math.ceil((Date.now() + state.msBeforeNext) / 1000) : Math.ceil(state.msBeforeNext / 1000);
  return {
    'X-RateLimit-Limit': String(rule.limit),
    'X-RateLimit-Remaining': String(state.remainingPoints),
    'X-RateLimit-Reset': String(reset),
  };
}

/** Subject and header keys fall back to the client's address, so unauthenticated callers are limited too. */
function clientKey(rule: RateLimitRule, principal: Principal | null, req: IncomingMessage, clientAddress: ClientAddress): string {
  let key = `ip:${clientAddress(req)}`;
  if (rule.key === 'subject' && principal) key = `sub:${principal.subject}`;
  else if (rule.key.startsWith('header:')) {
    const value = req.headers[rule.key.slice('header:'.length).toLowerCase()];
    if (typeof value === 'string' && value !== '') key = `hdr:${value}`;
  }
  // The Postgres store keys rows by a varchar(255); a long subject or header value is hashed to fit.
  return key.length <= 128 ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}
