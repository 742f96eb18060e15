import macaroon from 'macaroon';
import { HttpError } from './http-error.js';
import type { Principal } from './handler-types.js';
import { bearerTokenOf, type SecurityHandler } from './security.js';

const { newMacaroon, importMacaroon, bytesToBase64 } = macaroon;

/**
 * A first-party caveat is `key=value` (e.g. `session=…`, `expires=…`); a verifier decides what each key means,
 * and may compare a value with the macaroon's identifier (a caveat binding it to one session, say).
 */
export type CaveatCheck = (key: string, value: string, now: Date, identifier: string) => string | null;

/** Mints a bearer macaroon (binary v2, base64url) over `identifier`, signed with `rootKey`. */
export function mintMacaroon(options: { rootKey: Uint8Array; identifier: string; location?: string; caveats?: Record<string, string> }): string {
  const m = newMacaroon({ identifier: options.identifier, rootKey: options.rootKey, location: options.location ?? '', version: 2 });
  for (const [key, value] of Object.entries(options.caveats ?? {})) m.addFirstPartyCaveat(`${key}=${value}`);
  return bytesToBase64(m.exportBinary()).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The standard checks: `expires=<ISO time>` must lie in the future. Unknown caveat keys fail closed. */
export const expiryCaveat: CaveatCheck = (key, value, now) => {
  if (key !== 'expires') return `unknown caveat ${key}`;
  const at = Date.parse(value);
  return Number.isFinite(at) && at > now.getTime() ? null : 'macaroon has expired';
};

/**
 * A bearer macaroon verifier. `rootKeyFor` finds the root key of the macaroon's identifier (a session's, say) or
 * nothing; every first-party caveat must pass `check`. The identifier becomes the principal's subject.
 */
export function bearerMacaroon(options: {
  rootKeyFor(identifier: string): Promise<Uint8Array | undefined>;
  check?: CaveatCheck;
}): SecurityHandler {
  const check = options.check ?? expiryCaveat;
  const refuse = (message: string) => new HttpError(401, 'unauthorized', message);
  return async (req, _scheme, schemeName): Promise<Principal> => {
    const token = bearerTokenOf(req);
    let parsed: ReturnType<typeof importMacaroon>;
    let identifier: string;
    try {
      parsed = importMacaroon(token.replace(/-/g, '+').replace(/_/g, '/'));
      identifier = new TextDecoder('utf-8', { fatal: true }).decode(parsed.identifier);
    } catch {
      throw refuse('Bearer macaroon is malformed');
    }
    const rootKey = await options.rootKeyFor(identifier);
    if (!rootKey) throw refuse('Bearer macaroon is invalid');
    const now = new Date();
    try {
      parsed.verify(rootKey, (condition) => {
        const eq = condition.indexOf('=');
        return eq === -1 ? `malformed caveat ${condition}` : check(condition.slice(0, eq), condition.slice(eq + 1), now, identifier);
      });
    } catch (err) {
      throw refuse(/expired/.test((err as Error).message) ? 'Bearer macaroon has expired' : 'Bearer macaroon is invalid');
    }
    return { subject: identifier, scheme: schemeName, claims: { caveats: parsed.caveats.length } };
  };
}
