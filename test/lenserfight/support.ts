import assert from 'node:assert/strict';
import type { TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';

export const base = '/lenserfight/v1';

export async function executeDemoLens(server: TestServer, user: string, body: object = { params: { topic: 'contracts' } }) {
  const res = await server.http.post(`${base}/lenses/${server.demo.lensId}/execute`).set(await server.auth(user)).send(body);
  assert.equal(res.status, 202, JSON.stringify(res.body));
  return res.body.data.runId as string;
}

export async function waitForRunStatus(server: TestServer, user: string, runId: string, statuses = ['succeeded', 'failed', 'timed_out']) {
  const headers = await server.auth(user);
  return waitFor(async () => {
    const res = await server.http.get(`${base}/runs/${runId}`).set(headers);
    return statuses.includes(res.body?.data?.status) ? res.body.data : undefined;
  });
}

/** Makes the next call of `object[method]` throw an unexpected error, as a failing dependency would. */
export function failOnce<T extends object>(object: T, method: keyof T): void {
  const original = object[method];
  object[method] = (async () => {
    object[method] = original;
    throw new Error('simulated failure: relation "secret_table" does not exist');
  }) as T[keyof T];
}

/** A 500 in the envelope that leaks neither the error message nor a stack. */
export function assertOpaque500(res: { status: number; body: any; text: string }) {
  assert.equal(res.status, 500);
  assert.equal(res.body.error.code, 'internal_error');
  assert.doesNotMatch(res.text, /secret_table|simulated|at .*\.ts/);
  assert.match(res.body.meta.requestId, /.+/);
}
