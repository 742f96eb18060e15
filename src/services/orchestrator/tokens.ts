import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';

const AUDIENCE = 'orchestrator';
const SECRET_NAME = 'access-token-key';

export type AccessClaims = { userId: string; sessionId: string; expiresAt: Date };

/**
 * Access tokens (HS256 JWTs naming the user and the session) and opaque refresh tokens (random bytes, stored
 * only as a SHA-256 hash). The signing key is configured, or generated once into the database so every process
 * and every restart signs and verifies with the same one.
 */
export class Tokens {
  private key?: Promise<Uint8Array>;

  constructor(
    private readonly knex: Knex,
    private readonly configuredSecret: string | undefined,
    readonly accessTokenSeconds: number,
  ) {}

  async signAccess(userId: string, sessionId: string): Promise<string> {
    return new SignJWT({ sid: sessionId, typ: 'access' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + this.accessTokenSeconds)
      .sign(await this.signingKey());
  }

  /** The claims of a valid access token issued by this API, or undefined (any failure: bad signature, expired, foreign). */
  async verifyAccess(token: string): Promise<AccessClaims | undefined> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.signingKey(), { audience: AUDIENCE, algorithms: ['HS256'] }));
    } catch {
      return undefined;
    }
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || payload.typ !== 'access' || !payload.exp) return undefined;
    return { userId: payload.sub, sessionId: payload.sid, expiresAt: new Date(payload.exp * 1000) };
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: Tokens.hashRefresh(token) };
  }

  static hashRefresh(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  private signingKey(): Promise<Uint8Array> {
    if (!this.key) {
      this.key = this.loadKey();
      // A database that was not reachable is asked again next time, not remembered as a failure.
      this.key.catch(() => (this.key = undefined));
    }
    return this.key;
  }

  private async loadKey(): Promise<Uint8Array> {
    if (this.configuredSecret) return new TextEncoder().encode(this.configuredSecret);
    // The first process to ask creates it; every other one (and every later start) reads that one.
    await this.knex('orch_secrets').insert({ name: SECRET_NAME, value: randomBytes(32).toString('base64url') }).onConflict('name').ignore();
    const row: { value: string } = await this.knex('orch_secrets').where({ name: SECRET_NAME }).first();
    return new TextEncoder().encode(row.value);
  }
}
