import type { Principal } from '../../core/handler-types.js';
import type { Caller } from './accounts.js';
import { unauthenticated } from './errors.js';
import { UUID } from '../../core/uuid.js';

/**
 * The user behind a request. Users have uuid ids; an operator-minted token for anything else names no user, which
 * is the same 401 as a user that no longer exists.
 */
export function callerOf(principal: Principal): Caller {
  if (!UUID.test(principal.subject)) throw unauthenticated('The token names no user');
  const sid = principal.claims.sid;
  return { userId: principal.subject.toLowerCase(), sessionId: typeof sid === 'string' ? sid : undefined };
}
