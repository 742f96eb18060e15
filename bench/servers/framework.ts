import { createServer } from 'node:http';
import { createApiHost } from '../../src/core/api-host.js';
import { HttpDrain } from '../../src/core/http-drain.js';
import type { ApiPlugin } from '../../src/core/api-plugin.js';
import { createLogger } from '../../src/core/logger.js';
import { ServerMetrics } from '../../src/core/metrics/server-metrics.js';
import { notImplemented } from '../../src/core/not-implemented.js';
import { benchPlugin } from '../bench-plugin.js';
import { allPlugins } from '../../src/apis/index.js';
import { loadConfig } from '../../src/config.js';
import { JwtVerifier } from '../../src/core/jwt.js';

// This framework serving the bench API at /bench/items..., optionally with GitHub's published spec mounted
// beside it at /github (BENCH_GITHUB_SPEC=path to api.github.com.json), or with the five real specs
// (BENCH_FIVE_SPECS=1: their routes, validators and envelopes, without the database their services need).
// Production settings: no response validation, metrics on (served at /metrics), and logging at info, the
// production default, so every request writes its log line. The lines go to /dev/null: they are still built
// and written by the same buffered pino destination as in production, but a full run would otherwise leave
// gigabytes of them in bench/.cache/logs.
const plugins: ApiPlugin[] = [benchPlugin()];
if (process.env.BENCH_FIVE_SPECS) {
  const config = loadConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET ?? 'bench-only-secret' });
  const jwt = new JwtVerifier({ secret: config.jwt.secret });
  plugins.push(...allPlugins({ config, jwt: () => jwt }));
}
const githubSpec = process.env.BENCH_GITHUB_SPEC;
if (githubSpec) {
  plugins.push({
    slug: 'github',
    specFile: githubSpec,
    handlers: new Proxy({}, { get: (_target, id) => notImplemented(String(id)) }),
    renderError: (error) => ({ message: error.message }),
  });
}
const host = await createApiHost(plugins.map((plugin) => ({ plugin })), {
  logger: createLogger('info', '/dev/null'),
  metrics: new ServerMetrics(),
  validateResponses: process.env.RESPONSE_VALIDATION === 'on',
  bodyLimitBytes: 1024 * 1024,
  sseKeepAliveMs: 15_000,
  prefixed: true,
});
// Wrapped as `npm start` wraps it (src/main.ts), so the drain's bookkeeping on every request is measured too.
createServer(new HttpDrain().wrap(host.listener)).listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => console.log('ready'));
// Exit normally on a signal so `node --cpu-prof` writes its profile.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
