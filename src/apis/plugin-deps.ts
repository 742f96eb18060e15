import type { AppConfig } from '../config.js';
import type { JwtVerifier } from '../core/jwt.js';

/** What an API's edge (its plugin) may use when it is built: no database, so tools can read the edge alone. */
export type PluginDeps = { config: AppConfig; jwt: () => JwtVerifier };
