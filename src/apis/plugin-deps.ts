import type { AppConfig } from '../config.js';
import type { JwtVerifier } from '../core/jwt.js';

/** What an API plugin may use from the host when it is built. */
export type PluginDeps = { config: AppConfig; jwt: () => JwtVerifier };
