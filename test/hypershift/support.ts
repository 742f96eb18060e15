import assert from 'node:assert/strict';
import type { Services } from '../../src/apis/hypershift/services.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';

export const base = '/hypershift';

/**
 * HyperShift (beside LenserFight, which the test server expects) on the embedded database or DATABASE_URL. Each
 * server is its own instance, so on a shared Postgres its runs' steps and webhooks run with its own settings.
 */
export function startHypershift(env: Record<string, string> = {}): Promise<TestServer> {
  return startTestServer(
    { HYPERSHIFT_RECOVERY_SWEEP_MS: '600000', HYPERSHIFT_INSTANCE: `hypershift-${uniqueUser('t')}`, ...env },
    { apis: ['hypershift', 'lenserfight'] },
  );
}

export const servicesOf = (server: TestServer) => server.servicesOf<Services>('hypershift');

/** A fresh implicit workspace id, so each test owns its runs, usage and outcomes. */
export const freshWorkspace = () => `ws-${uniqueUser('t')}`;

/** The headers the CLI and dashboard send: JSON content type on every request, the workspace and the user. */
export const headersFor = (workspace: string, user = 'user_123') => ({
  'Content-Type': 'application/json',
  'X-Workspace-Id': workspace,
  'X-User-Id': user,
});

export const intent = (overrides: Record<string, unknown> = {}) => ({ description: 'Deploy a Next.js app', target: 'staging', ...overrides });

export async function createRun(server: TestServer, workspace: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await server.http.post(`${base}/runs`).set(headersFor(workspace)).send({ user_intent: intent(), ...body });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.match(res.body.run_id, /^req-/);
  return res.body.run_id;
}

export async function startRun(server: TestServer, workspace: string, runId: string): Promise<void> {
  const res = await server.http.post(`${base}/runs/${runId}/start`).set(headersFor(workspace));
  assert.equal(res.status, 202, JSON.stringify(res.body));
}

export async function getRun(server: TestServer, workspace: string, runId: string) {
  const res = await server.http.get(`${base}/runs/${runId}`).set(headersFor(workspace));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

/** Polls the run until its status is one of `statuses` (the pipeline runs in the background). */
export function waitForStatus(server: TestServer, workspace: string, runId: string, statuses: string[]) {
  return waitFor(async () => {
    const run = await getRun(server, workspace, runId);
    return statuses.includes(run.status) ? run : undefined;
  });
}

export async function logsOf(server: TestServer, workspace: string, runId: string) {
  const res = await server.http.get(`${base}/runs/${runId}/logs`).set(headersFor(workspace));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.logs as { id: number; action: string; details: Record<string, unknown> }[];
}

/** Makes the next call of `object[method]` throw an unexpected error, as a failing database would. */
export function failOnce<T extends object>(object: T, method: keyof T): void {
  const original = object[method];
  object[method] = ((..._args: unknown[]) => {
    object[method] = original;
    throw new Error('simulated failure: relation "secret_table" does not exist');
  }) as T[keyof T];
}

/** A 500 in HyperShift's format that leaks nothing of the failure. */
export function assertOpaque500(res: { status: number; body: any; text: string }) {
  assert.equal(res.status, 500);
  assert.deepEqual(res.body, { error: 'Internal server error', code: 'INTERNAL_ERROR' });
}
