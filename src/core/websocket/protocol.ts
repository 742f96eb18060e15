/** Who is on an authenticated socket, as the API module's verifier says. */
export type WsPrincipal = {
  subject: string;
  /** When the presented token expires; the socket closes then unless the client re-authenticated. */
  expiresAt?: Date;
  [claim: string]: unknown;
};

/** The failures the core reports on a socket; the API module renders each in its own error message. */
export type WsErrorKind = 'unauthenticated' | 'invalid_message' | 'rate_limited';

export type WsErrorDetail = { field?: string; message: string };

/** Who may receive a published event: `'*'` for every authenticated socket, or audience keys (see `audienceOf`). */
export type Audience = '*' | readonly string[];

/**
 * The parts of a channel's contract that AsyncAPI cannot say and the API module does: which client message
 * authenticates and where its token is, and how its auth success and error messages look. Every message these
 * build is checked against the contract like any other.
 */
export type WsProtocol = {
  /** The `type` of the client's authentication message (the orchestrator's `auth`). */
  authMessage: string;
  tokenOf(message: Record<string, unknown>): string;
  authSuccess(principal: WsPrincipal): Record<string, unknown>;
  error(kind: WsErrorKind, message: string, details: WsErrorDetail[]): Record<string, unknown>;
  /** The close code that follows an authentication error, a missed deadline or an expired token (4401). */
  unauthenticatedCloseCode: number;
};
