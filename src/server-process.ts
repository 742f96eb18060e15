import { existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { createServer } from './server.js';
import { bundledTemplateFile } from './db/embedded-template.js';
import { runsBundled } from './paths.js';
import { HttpDrain } from './core/http-drain.js';
import type { Logger } from './core/logger.js';
import { stopGracefully } from './graceful-stop.js';

/**
 * The server process `npm start` runs: the command line and environment read, the chosen APIs (or mock mode)
 * started and listening, and SIGINT/SIGTERM stopping it gracefully. Resolves once it listens.
 */
export async function runServerProcess(): Promise<{ logger: Logger }> {
  const { values } = parseArgs({ options: { api: { type: 'string' }, mock: { type: 'boolean' } }, allowPositionals: false });
  const config = loadConfig();
  const apis = values.api ? [values.api] : undefined;
  // --mock: answers from the specs' examples, with no database (see the README's "Mock mode"). Imported only then:
  // its example sampler is no part of a normal start.
  const server = values.mock
    ? { ...(await (await import('./mock-server.js')).createMockServer({ config, apis })), db: undefined, close: async () => {} }
    : await createServer({ config, persistent: true, apis, embeddedTemplate: runsBundled && existsSync(bundledTemplateFile) ? bundledTemplateFile : undefined });
  const { logger } = server;

  const drain = new HttpDrain();
  const http = createHttpServer(drain.wrap(server.listener)).on('upgrade', server.upgrade).on('clientError', server.clientError);
  await new Promise<void>((resolve, reject) => http.once('error', reject).listen(config.port, config.host, resolve));
  // The port bound, which PORT=0 leaves to the system.
  const { port } = http.address() as AddressInfo;
  const base = `http://${config.host}:${port}`;
  if (server.db) logger.info({ database: server.db.embedded ? `embedded PGlite in ${config.dataDir}` : 'DATABASE_URL' }, 'database ready');
  else logger.info('mock mode: answering from the specs\' examples, no database');
  logger.info({ port, url: `${base}/docs` }, `listening on ${base} (docs at ${base}/docs)`);

  let stopping = false;
  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: finishing the requests and jobs under way');
    const cut = await stopGracefully(http, drain, server, config.shutdownGraceMs);
    if (cut > 0) logger.warn({ cut }, 'requests still unfinished at the end of the shutdown grace period were cut off');
    process.exit(0);
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  return { logger };
}
