import type { WebSocket } from 'ws';
import { FloodGuard } from './flood-guard.js';
import type { WsPrincipal } from './protocol.js';

/** One connection's state: who it is once authenticated, its deadlines, and whether it answered the last ping. */
export class ChannelSession {
  principal?: WsPrincipal;
  alive = true;
  closing = false;
  readonly flood: FloodGuard;
  /**
   * The handling of the messages received so far, chained: checking a token is asynchronous, and a message sent
   * right after `auth` must be answered after its outcome, not before it.
   */
  turn: Promise<void> = Promise.resolve();
  private authDeadline?: NodeJS.Timeout;
  private expiry?: NodeJS.Timeout;

  constructor(
    readonly ws: WebSocket,
    maxMessagesPerSecond: number,
  ) {
    this.flood = new FloodGuard(maxMessagesPerSecond);
  }

  startAuthDeadline(ms: number, onMissed: () => void): void {
    this.authDeadline = setTimeout(onMissed, ms);
  }

  /** Arms the token's expiry; timers are capped at about 24 days, so a longer wait re-arms itself. */
  armExpiry(onExpired: () => void): void {
    clearTimeout(this.expiry);
    this.expiry = undefined;
    const expiresAt = this.principal?.expiresAt?.getTime();
    if (expiresAt === undefined) return;
    const wait = expiresAt - Date.now();
    this.expiry = setTimeout(() => (Date.now() >= expiresAt ? onExpired() : this.armExpiry(onExpired)), Math.min(Math.max(wait, 0), 2 ** 31 - 1));
  }

  authenticated(principal: WsPrincipal, onExpired: () => void): void {
    clearTimeout(this.authDeadline);
    this.principal = principal;
    this.armExpiry(onExpired);
  }

  clearTimers(): void {
    clearTimeout(this.authDeadline);
    clearTimeout(this.expiry);
  }
}
