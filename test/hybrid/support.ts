import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import type { Services } from '../../src/apis/hybrid/services.js';

/** Hybrid mounted alone, at its native paths. */
export const base = '/v1';

export type HybridServer = TestServer & { hybrid: Services };

export async function startHybrid(env: Record<string, string> = {}): Promise<HybridServer> {
  const server = await startTestServer(env, { apis: ['hybrid'] });
  return Object.assign(server, { hybrid: server.servicesOf<Services>('hybrid') });
}

export async function submitPrompt(server: TestServer, user: string, body: Record<string, unknown> = {}): Promise<string> {
  const res = await server.http
    .post(`${base}/run-hybrid`)
    .set(await server.auth(user))
    .send({ userId: user, promptText: 'Compare tabs and spaces.', requestedModels: ['local-fast', 'local-deep'], ...body });
  assert.equal(res.status, 202, res.text);
  return res.body.jobId;
}

export async function saveWorkflow(server: TestServer, user: string, definition: object): Promise<void> {
  const res = await server.http.post(`${base}/workflows`).set(await server.auth(user)).send(definition);
  assert.equal(res.status, 200, res.text);
}

export async function jobState(server: TestServer, user: string, jobId: string) {
  const res = await server.http.get(`${base}/jobs/${jobId}`).set(await server.auth(user));
  assert.equal(res.status, 200, res.text);
  return res.body;
}

/** Polls the job until it is final (or in one of `statuses`). */
export async function waitForJob(server: TestServer, user: string, jobId: string, statuses = ['completed', 'failed']) {
  return waitFor(async () => {
    const state = await jobState(server, user, jobId);
    return statuses.includes(state.status) ? state : undefined;
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

/** A two-step research workflow on the local models. */
export function researchWorkflow(name: string, overrides: { parallel?: boolean } = {}) {
  return {
    workflow_name: name,
    description: 'Two drafts, then a merge',
    stages: {
      generate: {
        parallel: overrides.parallel ?? true,
        steps: [
          { name: 'draft', models: ['local-fast'], prompt_template: 'Draft a brief on {{topic}}.', output_var: 'drafts', input_vars: ['topic'] },
          { name: 'angle', models: ['local-balanced'], prompt_template: 'Find a contrarian angle on {{topic}}.', output_var: 'angles', input_vars: ['topic'] },
        ],
      },
      synthesize: { name: 'merge', model: 'local-deep', prompt_template: 'Merge: {{drafts}} / {{angles}}', input_vars: ['drafts', 'angles'], output_var: 'brief' },
    },
  };
}
