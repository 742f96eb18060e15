import { appendFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import { join } from 'node:path';
import supertest from 'supertest';
import { loadConfig } from '../../src/config.js';
import type { Services as LenserfightServices } from '../../src/apis/lenserfight/services.js';
import { DEMO_LENS_ID, DEMO_WORKFLOW_ID } from '../../src/services/lenserfight/demo-seed.js';
import { createServer, type Server, type ServerOptions } from '../../src/server.js';
import { testQueueSchema } from './queue-schema.js';

/** Set by scripts/run-tests.ts: a dump of a migrated embedded database to start servers from (ignored on Postgres). */
export const embeddedTemplate = process.env.TEST_EMBEDDED_TEMPLATE || undefined;

export type TestServer = Server & {
  /** LenserFight's services, which its tests reach into to simulate failures. */
  services: LenserfightServices;
  demo: { lensId: string; workflowId: string };
  http: ReturnType<typeof supertest>;
  /** A bearer Authorization header for `subject`. */
  auth(subject: string): Promise<{ Authorization: string }>;
};

/**
 * The app in-process on the embedded database (in memory), or on DATABASE_URL when set. Every response's
 * status is recorded for the contract coverage check.
 */
export async function startTestServer(env: Record<string, string> = {}, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', SSE_POLL_MS: '50', QUEUE_SCHEMA: testQueueSchema, ...env });
  const coverageDir = process.env.CONTRACT_COVERAGE_DIR;
  const server = await createServer({
    config,
    persistent: false,
    embeddedTemplate,
    ...options,
    onResponse: coverageDir
      ? (slug, operationId, status) => appendFileSync(join(coverageDir, `${process.pid}.jsonl`), `${JSON.stringify({ slug, operationId, status })}\n`)
      : undefined,
  });
  const mounted = (slug: string) => !options.apis || options.apis.includes(slug);
  return Object.assign(server, {
    services: (mounted('lenserfight') ? server.servicesOf('lenserfight') : undefined) as LenserfightServices,
    demo: { lensId: DEMO_LENS_ID, workflowId: DEMO_WORKFLOW_ID },
    http: supertest(server.listener),
    auth: async (subject: string) => ({ Authorization: `Bearer ${await server.signToken(subject)}` }),
  });
}

let counter = 0;
/** A subject no other test uses, so each test owns its data even on a shared database. */
export function uniqueUser(label = 'user'): string {
  counter += 1;
  return `${label}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

/**
 * A test server behind a real HTTP listener on a free loopback port, wired as `npm start` wires it (upgrade and
 * clientError), started before the file's tests and closed after them. Its port is read once they run.
 */
export function listeningTestServer(): { readonly port: number } {
  let server: Server | undefined;
  let listening: http.Server | undefined;
  before(async () => {
    server = await startTestServer();
    listening = http.createServer(server.listener).on('upgrade', server.upgrade).on('clientError', server.clientError).listen(0, '127.0.0.1');
    await new Promise((resolve) => listening!.once('listening', resolve));
  });
  after(async () => {
    listening?.closeAllConnections();
    if (listening) await new Promise((resolve) => listening!.close(resolve));
    await server?.close();
  });
  return {
    get port() {
      return (listening!.address() as AddressInfo).port;
    },
  };
}
