import { parseArgs } from 'node:util';
import { loadConfig, resolveJwtSecret } from '../src/config.js';
import { signDevToken } from '../src/core/jwt.js';

// Mints a bearer token the server accepts: signed with JWT_SECRET, or the dev secret kept under DATA_DIR.
const { values } = parseArgs({ options: { sub: { type: 'string', default: 'dev-user' }, ttl: { type: 'string', default: '3600' } } });
const secret = resolveJwtSecret(loadConfig());
if (!secret) {
  console.error('JWT_JWKS_URL is set: tokens come from your identity provider, not from this script');
  process.exit(1);
}
console.log(await signDevToken(secret, values.sub!, Number(values.ttl)));
