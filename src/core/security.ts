import type { IncomingHttpHeaders } from 'node:http';
import { HttpError } from './http-error.js';
import type { Principal } from './handler-types.js';
import type { JwtVerifier } from './jwt.js';
import type { JWTPayload } from 'jose';
import type { OperationDef, SecurityRequirement, SecuritySchemeDef } from './spec-loader.js';

export type SecurityRequest = { headers: IncomingHttpHeaders; query: URLSearchParams };

/**
 * Establishes a principal for one security scheme, or throws an HttpError (usually 401). A handler that needs
 * no I/O (an API key, a JWT verified before) returns the principal itself, sparing the request a promise turn.
 */
export type SecurityHandler = ((req: SecurityRequest, scheme: SecuritySchemeDef, schemeName: string) => Principal | Promise<Principal>) & {
  /** false: the scheme is off on this server (a setting that turns it on is unset), and every request passes it. */
  enforced?: false;
};

/** A handler for a scheme that is off on this server: every request passes as `anonymous` (see served-spec.ts). */
export function unenforced(): SecurityHandler {
  return Object.assign((_req: SecurityRequest, _scheme: SecuritySchemeDef, schemeName: string): Principal => ({ subject: 'anonymous', scheme: schemeName, claims: {} }), {
    enforced: false as const,
  });
}

type Outcome = Principal | null | Promise<Principal | null>;
type Context = { handlers: Record<string, SecurityHandler>; schemes: Record<string, SecuritySchemeDef>; req: SecurityRequest };

/**
 * Runs the operation's security requirements: alternatives are ORed, schemes inside one requirement ANDed, and
 * an empty requirement allows anonymous access. Synchronous until a handler answers with a promise.
 */
export function authenticate(
  operation: OperationDef,
  handlers: Record<string, SecurityHandler>,
  schemes: Record<string, SecuritySchemeDef>,
  req: SecurityRequest,
): Outcome {
  if (operation.security.length === 0) return null;
  return tryRequirements(operation.security, 0, undefined, { handlers, schemes, req });
}

function tryRequirements(requirements: SecurityRequirement[], from: number, lastError: unknown, ctx: Context): Outcome {
  for (let i = from; i < requirements.length; i++) {
    try {
      const outcome = satisfy(Object.keys(requirements[i]), 0, null, ctx);
      if (!(outcome instanceof Promise)) return outcome;
      return outcome.catch((err: unknown) => tryRequirements(requirements, i + 1, rejection(err), ctx));
    } catch (err) {
      lastError = rejection(err);
    }
  }
  throw lastError ?? new HttpError(401, 'unauthorized', 'Authentication failed');
}

/**
 * An HttpError is a handler refusing the credentials. Anything else is the server failing (its database busy
 * under load, a scheme with no handler): that is thrown as it is, to become the API's opaque 500, and is never
 * told to the client as a 401 that would send it to log in again.
 */
function rejection(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  throw err;
}

function satisfy(names: string[], from: number, principal: Principal | null, ctx: Context): Outcome {
  for (let i = from; i < names.length; i++) {
    const handler = ctx.handlers[names[i]];
    if (!handler) throw new Error(`no security handler configured for scheme "${names[i]}"`);
    const result = handler(ctx.req, ctx.schemes[names[i]], names[i]);
    if (result instanceof Promise) return result.then((p) => satisfy(names, i + 1, p, ctx));
    principal = result;
  }
  return principal;
}

/** The token of an `Authorization: Bearer <token>` header, or a 401. */
export function bearerTokenOf(req: SecurityRequest): string {
  const header = req.headers.authorization;
  if (!header) throw new HttpError(401, 'unauthorized', 'Missing bearer token');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new HttpError(401, 'unauthorized', 'Authorization header must be "Bearer <token>"');
  return match[1];
}

/** The longest `sub` a bearer JWT may carry: identity providers' ids (UUIDs, `auth0|…`) are far shorter. */
const MAX_SUBJECT_LENGTH = 255;

/** A bearer JWT handler: the token's `sub` becomes the principal's subject. */
export function bearerJwt(verifier: () => JwtVerifier): SecurityHandler {
  return (req, _scheme, schemeName) => {
    const token = bearerTokenOf(req);
    const toPrincipal = (claims: JWTPayload): Principal => {
      // jose does not check the type of `sub`: one that is not a string, holds a NUL (no Postgres text can) or is
      // longer than any identity provider's ids (a B-tree index entry that includes it has a size limit) would reach
      // the handlers' queries as the user and end as a 500.
      if (typeof claims.sub !== 'string' || claims.sub === '' || claims.sub.length > MAX_SUBJECT_LENGTH || claims.sub.includes('\u0000')) {
        throw new HttpError(401, 'unauthorized', 'Bearer token is invalid');
      }
      return { subject: claims.sub, scheme: schemeName, claims };
    };
    const known = verifier().recall(token);
    if (known) return toPrincipal(known);
    return verifier()
      .verify(token)
      .then(toPrincipal, (err: { code?: string }) => {
        throw new HttpError(401, 'unauthorized', err.code === 'ERR_JWT_EXPIRED' ? 'Bearer token has expired' : 'Bearer token is invalid');
      });
  };
}

/**
 * Equal in time whatever the given value: the loop always runs over the whole expected secret, and neither the
 * position of the first differing character nor the given length changes the work done. A plain loop, not
 * `timingSafeEqual`: that needs equal-length buffers (so both sides hashed or copied first), which cost more per
 * request than the whole comparison.
 */
export function constantTimeEqual(given: string, expected: string): boolean {
  let diff = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= (given.charCodeAt(i) | 0) ^ expected.charCodeAt(i);
  return diff === 0;
}

/** An API key in the header or query parameter the scheme names, compared in constant time. */
export function staticApiKey(expected: string, subject = 'api-key'): SecurityHandler {
  return (req, scheme, schemeName) => {
    const name = scheme.name ?? '';
    const raw = scheme.in === 'query' ? req.query.get(name) : req.headers[name.toLowerCase()];
    if (!constantTimeEqual(typeof raw === 'string' ? raw : '', expected)) {
      throw new HttpError(401, 'unauthorized', `Missing or invalid ${name}`);
    }
    return { subject, scheme: schemeName, claims: {} };
  };
}

/**
 * A shared secret that guards an operation only when the server has one configured (HyperShift's
 * `X-Webhook-Secret`): unconfigured, every request passes as `anonymous`, and the spec this server serves says so.
 */
export function configuredApiKey(expected: string | undefined, subject = 'api-key'): SecurityHandler {
  if (!expected) return unenforced();
  return staticApiKey(expected, subject);
}
