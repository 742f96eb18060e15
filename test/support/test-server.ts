import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import supertest from 'supertest';
import { loadConfig } from '../../src/config.js';
import { createServer, type Server } from '../../src/server.js';

export type TestServer = Server & {
  http: ReturnType<typeof supertest>;
  /** A bearer Authorization header for `subject`. */
  auth(subject: string): Promise<{ Authorization: string }>;
};

/**
 * The app in-process on the embedded database (in memory), or on DATABASE_URL when set. Every response's
 * status is recorded for the contract coverage check.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', SSE_POLL_MS: '50', ...env });
  const coverageDir = process.env.CONTRACT_COVERAGE_DIR;
  const server = await createServer({
    config,
    persistent: false,
    onResponse: coverageDir
      ? (slug, operationId, status) => appendFileSync(join(coverageDir, `${process.pid}.jsonl`), `${JSON.stringify({ slug, operationId, status })}\n`)
      : undefined,
  });
  return Object.assign(server, {
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
