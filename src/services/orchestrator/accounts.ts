import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { RateLimitCounter } from '../../core/rate-limit-store.js';
import { HttpError } from '../../core/http-error.js';
import { unauthenticated } from './errors.js';
import type { Passwords } from './passwords.js';
import { Tokens } from './tokens.js';
import { createUser, type NewUser } from './users.js';
import { userView, type UserRow } from './views.js';

export type Caller = { userId: string; sessionId?: string };

const DAY_MS = 86_400_000;

/** Users, their credentials and their sessions: login, refresh, logout, and the profile. */
export class Accounts {
  constructor(
    private readonly knex: Knex,
    private readonly passwords: Passwords,
    private readonly tokens: Tokens,
    private readonly loginAttempts: RateLimitCounter,
    private readonly refreshTokenDays: number,
  ) {}

  create(input: NewUser) {
    return createUser(this.knex, this.passwords, input);
  }

  async findByEmail(email: string): Promise<UserRow | undefined> {
    return this.knex('orch_users').where({ email: email.trim().toLowerCase() }).first();
  }

  /**
   * Every attempt counts against the address tried, whether or not an account has it; a wrong e-mail and a wrong
   * password then do the same argon2 work and get the same 401.
   */
  async login(email: string, password: string) {
    const normalized = email.trim().toLowerCase();
    await this.loginAttempts.consume(normalized).catch((res: { msBeforeNext?: number }) => {
      if (res instanceof Error) throw res;
      const seconds = Math.max(1, Math.ceil((res.msBeforeNext ?? 1000) / 1000));
      throw new HttpError(429, 'RATE_LIMIT_EXCEEDED', 'Too many login attempts for this account', undefined, { 'Retry-After': String(seconds) });
    });
    const user = await this.findByEmail(normalized);
    const valid = await this.passwords.verifyOrWaste(user?.password_hash, password);
    if (!user || !valid) throw unauthenticated('Invalid e-mail or password');
    return this.openSession(user.id);
  }

  /** A new session of a user whose credentials were checked (or a development tool's own user): its tokens. */
  async openSession(userId: string) {
    const sessionId = randomUUID();
    const refresh = this.tokens.newRefreshToken();
    const updated = await this.knex.transaction(async (trx) => {
      await trx('orch_sessions').insert({
        id: sessionId,
        user_id: userId,
        refresh_hash: refresh.hash,
        refresh_expires_at: new Date(Date.now() + this.refreshTokenDays * DAY_MS),
      });
      const [row]: UserRow[] = await trx('orch_users').where({ id: userId }).update({ last_login_at: trx.fn.now() }).returning('*');
      return row;
    });
    return {
      access_token: await this.tokens.signAccess(userId, sessionId),
      refresh_token: refresh.token,
      expires_in: this.tokens.accessTokenSeconds,
      token_type: 'Bearer' as const,
      user: userView(updated),
    };
  }

  /** A new access token of the refresh token's session; the refresh token itself stays (decision 4). */
  async refresh(refreshToken: string) {
    const session: { id: string; user_id: string } | undefined = await this.knex('orch_sessions')
      .where({ refresh_hash: Tokens.hashRefresh(refreshToken) })
      .whereNull('revoked_at')
      .where('refresh_expires_at', '>', this.knex.fn.now())
      .first('id', 'user_id');
    if (!session) throw unauthenticated('Refresh token is invalid, expired or revoked');
    return {
      access_token: await this.tokens.signAccess(session.user_id, session.id),
      expires_in: this.tokens.accessTokenSeconds,
      token_type: 'Bearer' as const,
    };
  }

  /**
   * Revokes the caller's session: its access tokens and its refresh token stop working. Of concurrent logouts with
   * one session, one revokes it; the others get the 401 of a token already revoked, as they would a moment later.
   */
  async logout(caller: Caller): Promise<void> {
    if (!caller.sessionId) return;
    const revoked = await this.knex('orch_sessions').where({ id: caller.sessionId, user_id: caller.userId }).whereNull('revoked_at').update({ revoked_at: this.knex.fn.now() });
    if (revoked === 0) throw unauthenticated('Access token has been revoked');
  }

  /** Whether a session may still be used (not revoked; the refresh expiry bounds the session too). */
  async sessionActive(sessionId: string, userId: string): Promise<boolean> {
    const row = await this.knex('orch_sessions')
      .where({ id: sessionId, user_id: userId })
      .whereNull('revoked_at')
      .where('refresh_expires_at', '>', this.knex.fn.now())
      .first('id');
    return Boolean(row);
  }

  /** The caller's own row; a token whose user is gone is 401. */
  async me(caller: Caller) {
    const row: UserRow | undefined = await this.knex('orch_users').where({ id: caller.userId }).first();
    if (!row) throw unauthenticated('The user of this token no longer exists');
    return userView(row);
  }

  async updateMe(caller: Caller, changes: { first_name?: string; last_name?: string }) {
    const [row]: UserRow[] = await this.knex('orch_users')
      .where({ id: caller.userId })
      .update({ ...changes, updated_at: this.knex.fn.now() })
      .returning('*');
    if (!row) throw unauthenticated('The user of this token no longer exists');
    return userView(row);
  }
}
