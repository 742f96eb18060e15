import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { HttpError } from './http-error.js';
import type { Principal } from './handler-types.js';
import type { JwtVerifier } from './jwt.js';
import type { OperationDef, SecuritySchemeDef } from './spec-loader.js';

export type SecurityRequest = { headers: IncomingHttpHeaders; query: URLSearchParams };

/** Establishes a principal for one security scheme, or throws an HttpError (usually 401). */
export type SecurityHandler = (req: SecurityRequest, scheme: SecuritySchemeDef, schemeName: string) => Promise<Principal>;

/** Runs the operation's security requirements: alternatives are ORed, schemes inside one requirement ANDed. */
export async function authenticate(
  operation: OperationDef,
  handlers: Record<string, SecurityHandler>,
  schemes: Record<string, SecuritySchemeDef>,
  req: SecurityRequest,
): Promise<Principal | null> {
  if (operation.security.length === 0) return null;
  let lastError: unknown;
  for (const requirement of operation.security) {
    const names = Object.keys(requirement);
    if (names.length === 0) return null;
    try {
      let principal: Principal | null = null;
      for (const name of names) {
        const handler = handlers[name];
        if (!handler) throw new Error(`no security handler configured for scheme "${name}"`);
        principal = await handler(req, schemes[name], name);
      }
      return principal;
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError instanceof HttpError ? lastError : new HttpError(401, 'unauthorized', 'Authentication failed');
}

/** A bearer JWT handler: the token's `sub` becomes the principal's subject. */
export function bearerJwt(verifier: () => JwtVerifier): SecurityHandler {
  return async (req, _scheme, schemeName) => {
    const header = req.headers.authorization;
    if (!header) throw new HttpError(401, 'unauthorized', 'Missing bearer token');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new HttpError(401, 'unauthorized', 'Authorization header must be "Bearer <token>"');
    try {
      const claims = await verifier().verify(match[1]);
      if (!claims.sub) throw new Error('token has no subject');
      return { subject: claims.sub, scheme: schemeName, claims };
    } catch (err) {
      const expired = (err as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw new HttpError(401, 'unauthorized', expired ? 'Bearer token has expired' : 'Bearer token is invalid');
    }
  };
}

/** An API key in the header or query parameter the scheme names, compared in constant time. */
export function staticApiKey(expected: string, subject = 'api-key'): SecurityHandler {
  const want = Buffer.from(expected);
  return async (req, scheme, schemeName) => {
    const name = scheme.name ?? '';
    const raw = scheme.in === 'query' ? req.query.get(name) : req.headers[name.toLowerCase()];
    const given = Buffer.from(typeof raw === 'string' ? raw : '');
    if (given.length !== want.length || !timingSafeEqual(given, want)) throw new HttpError(401, 'unauthorized', `Missing or invalid ${name}`);
    return { subject, scheme: schemeName, claims: {} };
  };
}
