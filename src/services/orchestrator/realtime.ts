import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { EventBus } from '../../core/event-bus.js';
import { WebSocketChannel } from '../../core/websocket/channel.js';
import type { ChannelContract } from '../../core/websocket/contract.js';
import type { WsErrorKind } from '../../core/websocket/protocol.js';
import { UUID } from '../../core/uuid.js';
import type { Accounts } from './accounts.js';
import type { Tokens } from './tokens.js';

/** A token the operator minted with the server-wide secret, as REST accepts it (decision 23): its subject and expiry. */
export type OperatorTokenVerifier = (token: string) => Promise<{ subject: unknown; exp?: number }>;

const CODES: Record<WsErrorKind, string> = {
  unauthenticated: 'AUTHENTICATION_ERROR',
  invalid_message: 'VALIDATION_ERROR',
  rate_limited: 'RATE_LIMIT_EXCEEDED',
};

/** Audience keys: a user's sockets hear their own agents' events, their organizations' and their session's revocation. */
export const userAudience = (userId: string) => `user:${userId}`;
export const organizationAudience = (organizationId: string) => `org:${organizationId}`;
export const sessionAudience = (sessionId: string) => `session:${sessionId}`;

/** Who hears about an agent: its owning user, or every member of its owning organization. */
export function agentAudience(agent: { owner_user_id: string | null; owner_org_id: string | null }): string[] {
  return agent.owner_user_id ? [userAudience(agent.owner_user_id)] : [organizationAudience(agent.owner_org_id!)];
}

/**
 * The Orchestrator's `/ws` channel (asyncapi.yaml): `auth` with an access token of a live session, then the events
 * of everything the user may read. The organizations are read at each (re-)authentication, and joining or leaving
 * one regroups the user's open sockets (`channel.regroup`, through the bus), so they need not re-authenticate.
 */
export function createRealtimeChannel(options: {
  path: string;
  contract: ChannelContract;
  tokens: Tokens;
  accounts: Accounts;
  operatorToken: OperatorTokenVerifier;
  memberships: (userId: string) => Promise<string[]>;
  bus: EventBus;
  logger: Logger;
  validateOutgoing: boolean;
}): WebSocketChannel {
  return new WebSocketChannel({
    path: options.path,
    contract: options.contract,
    protocol: {
      authMessage: 'auth',
      // As an Authorization header carries it, too: the seed's example names the value 'bearer-token'.
      tokenOf: (m) => String(m.token).replace(/^Bearer\s+/i, ''),
      authSuccess: (p) => ({ type: 'auth_success', data: { user_id: p.subject, expires_at: p.expiresAt!.toISOString() } }),
      error: (kind, message, details) => ({
        type: 'error',
        error: { code: CODES[kind], message, details, timestamp: new Date().toISOString(), correlation_id: randomUUID() },
      }),
      unauthenticatedCloseCode: 4401,
    },
    authenticate: async (token) => {
      const claims = await options.tokens.verifyAccess(token);
      if (claims) {
        if (!(await options.accounts.sessionActive(claims.sessionId, claims.userId))) throw new Error('revoked token');
        const organizations = await options.memberships(claims.userId);
        return { subject: claims.userId, expiresAt: claims.expiresAt, sessionId: claims.sessionId, organizations };
      }
      // Not one of this API's session tokens: the socket accepts what REST accepts, an operator-minted token for an
      // existing user (it was refused here while every REST call with it succeeded). It has no session to revoke; one
      // without an expiry is refused, as auth_success must say when the socket's token expires.
      const { subject, exp } = await options.operatorToken(token);
      if (typeof subject !== 'string' || !UUID.test(subject) || !exp) throw new Error('invalid token');
      const userId = subject.toLowerCase();
      await options.accounts.me({ userId });
      return { subject: userId, expiresAt: new Date(exp * 1000), organizations: await options.memberships(userId) };
    },
    audienceOf: (p) => [
      userAudience(p.subject),
      ...(p.sessionId ? [sessionAudience(String(p.sessionId))] : []),
      ...(p.organizations as string[]).map(organizationAudience),
    ],
    bus: options.bus,
    logger: options.logger,
    validateOutgoing: options.validateOutgoing,
  });
}
