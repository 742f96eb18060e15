import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export type JwtSettings = { secret?: string; jwksUrl?: string; issuer?: string; audience?: string };

/** Verifies bearer tokens with an HS256 secret, or with the keys published at a JWKS URL when one is configured. */
export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;

  constructor(private readonly settings: JwtSettings) {
    if (settings.jwksUrl) this.key = createRemoteJWKSet(new URL(settings.jwksUrl));
    else if (settings.secret) this.key = new TextEncoder().encode(settings.secret);
    else throw new Error('JWT verification needs JWT_SECRET or JWT_JWKS_URL');
  }

  async verify(token: string): Promise<JWTPayload> {
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
