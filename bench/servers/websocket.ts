import { createServer } from 'node:http';
import { createEventBus } from '../../src/core/event-bus.js';
import { createLogger } from '../../src/core/logger.js';
import { routeUpgrades } from '../../src/core/websocket/upgrade-router.js';
import { benchChannel } from '../ws-channel.js';

// The WebSocket row's server: the core's channel at /bench/ws on one HTTP server, its events coming through the
// Postgres event bus (DATABASE_URL), GET /health for the bench's readiness probe.
const logger = createLogger('warn');
const bus = createEventBus({ databaseUrl: process.env.DATABASE_URL, logger });
await bus.start();
const channel = await benchChannel(bus, logger, process.env.JWT_SECRET ?? '');
channel.start();
const server = createServer((req, res) => res.writeHead(req.url === '/health' ? 200 : 404).end());
routeUpgrades(server, [channel]);
server.listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => console.log('ready'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
