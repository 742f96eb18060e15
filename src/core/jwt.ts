import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export type JwtSettings = { secret?: string; jwksUrl?: string; issuer?: string; audience?: string };

const CACHE_LIMIT = 10_000;
const CACHE_TTL_MS = 5 * 60_000;

/**
 * Verifies bearer tokens with an HS256 secret, or with the keys published at a JWKS URL when one is configured.
 * A verified token is remembered until it expires (at most five minutes), so a client that reuses its token
 * pays for the signature check once, not on every request.
 */
export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly verified = new Map<string, { payload: JWTPayload; until: number }>();

  constructor(private readonly settings: JwtSettings) {
    if (settings.jwksUrl) this.key = createRemoteJWKSet(new URL(settings.jwksUrl));
    else if (settings.secret) this.key = new TextEncoder().encode(settings.secret);
    else throw new Error('JWT verification needs JWT_SECRET or JWT_JWKS_URL');
  }

  /** A token for `subject` that this verifier accepts; undefined when tokens come from an identity provider (JWKS). */
  async mint(subject: string, ttlSeconds: number): Promise<string | undefined> {
    return this.settings.jwksUrl || !this.settings.secret ? undefined : signDevToken(this.settings.secret, subject, ttlSeconds);
  }

  /** The claims of a token verified earlier and not yet expired, without waiting a turn. */
  recall(token: string): JWTPayload | undefined {
    const hit = this.verified.get(token);
    if (!hit) return undefined;
    if (hit.until > Date.now()) return hit.payload;
    this.verified.delete(token);
    return undefined;
  }

  async verify(token: string): Promise<JWTPayload> {
    const known = this.recall(token);
    if (known) return known;
    const now = Date.now();
    const payload = await this.verifyUncached(token);
    const expiresAt = payload.exp ? payload.exp * 1000 : Infinity;
    if (this.verified.size >= CACHE_LIMIT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { payload, until: Math.min(expiresAt, now + CACHE_TTL_MS) });
    return payload;
  }

  private async verifyUncached(token: string): Promise<JWTPayload> {
    const options = {
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      algorithms: this.settings.jwksUrl ? undefined : ['HS256'],
    };
    const { payload } =
      typeof this.key === 'function' ? await jwtVerify(token, this.key, options) : await jwtVerify(token, this.key, options);
    return payload;
  }
}

export async function signDevToken(secret: string, subject: string, ttlSeconds: number, extra: JWTPayload = {}): Promise<string> {
  return new SignJWT({ role: 'authenticated', ...extra })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(secret));
}
