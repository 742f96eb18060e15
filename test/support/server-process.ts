import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allModules } from '../../src/apis/index.js';
import type { Module } from '../../src/apis/shared-deps.js';
import { loadConfig } from '../../src/config.js';
import { createServer } from '../../src/server.js';
import { HttpDrain } from '../../src/core/http-drain.js';
import { stopGracefully } from '../../src/graceful-stop.js';
import { toyModule } from '../toy-api/module.js';

// One server process for the several-processes tests: every API plus the toy, on DATABASE_URL, on a free port.
// It prints {"port": n} once listening and shuts down on SIGTERM as `npm start` does (src/server-process.ts).
const server = await createServer({
  config: loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }),
  persistent: false,
  modules: [...allModules(), toyModule as Module<unknown>],
});
const drain = new HttpDrain();
const http = createHttpServer(drain.wrap(server.listener)).on('upgrade', server.upgrade).on('clientError', server.clientError).listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (http.address() as AddressInfo).port })}\n`);
});
process.on('SIGTERM', async () => {
  await stopGracefully(http, drain, server, 5_000);
  process.exit(0);
});
