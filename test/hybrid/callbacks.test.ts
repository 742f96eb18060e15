import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { verifyWebhookSignature } from '../../src/core/webhooks/webhook-signature.js';
import { uniqueUser } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import { startReceiver, type Receiver } from '../support/webhook-receiver.js';
import { base, jobState, researchWorkflow, saveWorkflow, startHybrid, submitPrompt, type HybridServer } from './support.js';

const SECRET = 'hybrid-callback-secret-for-tests';
let server: HybridServer;
before(async () => {
  // The receivers listen on 127.0.0.1, which the SSRF guard refuses unless allow-listed.
  server = await startHybrid({ HYBRID_WEBHOOK_SECRET: SECRET, WEBHOOK_ALLOW_HOSTS: '127.0.0.1' });
});
after(() => server.close());

async function withReceiver(answer: Parameters<typeof startReceiver>[0], body: (receiver: Receiver) => Promise<void>) {
  const receiver = await startReceiver(answer);
  try {
    await body(receiver);
  } finally {
    await receiver.close();
  }
}

async function deliveredState(user: string, jobId: string) {
  return waitFor(async () => {
    const state = await jobState(server, user, jobId);
    return state.callbackDelivery && state.callbackDelivery.status !== 'pending' ? state : undefined;
  });
}

describe('callbacks: the final job state POSTed to callbackUrl', () => {
  test('delivered once, signed, with the job id as the event id; the job shows the delivery', async () => {
    await withReceiver(undefined, async (receiver) => {
      const user = uniqueUser();
      const jobId = await submitPrompt(server, user, { callbackUrl: `${receiver.url}/hooks/hybrid` });
      const state = await deliveredState(user, jobId);
      assert.deepEqual(state.callbackDelivery, { url: `${receiver.url}/hooks/hybrid`, status: 'delivered', attempts: 1, lastStatusCode: 200, lastError: null });
      assert.equal(receiver.requests.length, 1);
      const [request] = receiver.requests;
      assert.equal(request.path, '/hooks/hybrid');
      assert.equal(request.headers['webhook-id'], jobId);
      assert.ok(verifyWebhookSignature(SECRET, { timestamp: request.headers['webhook-timestamp'] as string, signature: request.headers['webhook-signature'] as string, body: request.body }));
      const payload = JSON.parse(request.body);
      assert.equal(payload.status, 'completed');
      assert.equal(payload.jobId, jobId);
      assert.equal(payload.callbackDelivery, undefined);
      const finalState = { ...state };
      delete finalState.callbackDelivery;
      assert.deepEqual(payload, finalState);
    });
  });

  test('retried after a failed attempt (1 s later), then delivered; every attempt carries the same event id', async () => {
    await withReceiver((index) => ({ status: index === 0 ? 503 : 204 }), async (receiver) => {
      const user = uniqueUser();
      const jobId = await submitPrompt(server, user, { callbackUrl: `${receiver.url}/flaky` });
      const state = await deliveredState(user, jobId);
      assert.equal(state.callbackDelivery.status, 'delivered');
      assert.equal(state.callbackDelivery.attempts, 2);
      assert.deepEqual(receiver.requests.map((r) => r.headers['webhook-id']), [jobId, jobId]);
      assert.ok(receiver.requests[1].at - receiver.requests[0].at >= 900);
    });
  });

  test("a workflow job without callbackUrl uses the workflow's execution_modes.api.webhook_url", async () => {
    await withReceiver(undefined, async (receiver) => {
      const user = uniqueUser();
      await saveWorkflow(server, user, { ...researchWorkflow('hooked'), execution_modes: { api: { response_format: 'json', webhook_url: `${receiver.url}/wf` } } });
      const res = await server.http.post(`${base}/run-workflow`).set(await server.auth(user)).send({ userId: user, workflowName: 'hooked', inputVariables: { topic: 't' } });
      assert.equal(res.status, 202);
      const state = await deliveredState(user, res.body.jobId);
      assert.equal(state.callbackDelivery.status, 'delivered');
      const payload = JSON.parse(receiver.requests[0].body);
      assert.equal(payload.workflowName, 'hooked');
      // The job's final state (decision 24): its variables as GET /jobs shows them, but not the delivery record.
      assert.deepEqual(payload.variables, state.variables);
      assert.equal(payload.variables.topic, 't');
      assert.equal('callbackDelivery' in payload, false);
    });
  });

  test('a callbackUrl the SSRF guard refuses is a 400 at submission, and no job is queued', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    for (const callbackUrl of ['http://10.0.0.7/hook', 'http://169.254.169.254/latest/meta-data', 'http://localhost:9/hook']) {
      const res = await server.http.post(`${base}/run-hybrid`).set(headers).send({ userId: user, promptText: 'x', requestedModels: ['local-fast'], callbackUrl });
      assert.equal(res.status, 400, callbackUrl);
      assert.equal(res.body.code, 'invalid_request');
      assert.match(res.body.message, /which webhooks may not reach/);
    }
    assert.equal((await server.db.knex('hybrid_jobs').where({ user_id: user })).length, 0);
  });

  test("createWorkflow: a webhook_url the guard refuses is a 400 when the workflow is stored, and nothing is stored", async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    for (const [webhookUrl, range] of [['http://192.168.1.10/hook', 'private'], ['http://localhost:9/hook', 'loopback'], ['http://169.254.169.254/latest', 'linkLocal'], ['http://[::1]:9/hook', 'loopback']]) {
      const res = await server.http.post(`${base}/workflows`).set(headers).send({ ...researchWorkflow('inward'), execution_modes: { api: { webhook_url: webhookUrl } } });
      assert.equal(res.status, 400, `${webhookUrl}: ${res.text}`);
      assert.equal(res.body.code, 'invalid_request');
      assert.match(res.body.message, /which webhooks may not reach/);
      assert.equal(res.body.details.range, range);
    }
    const yaml = ['workflow_name: inward', 'execution_modes: {api: {webhook_url: "http://10.1.2.3/hook"}}', `stages: ${JSON.stringify(researchWorkflow('inward').stages)}`].join('\n');
    const fromYaml = await server.http.post(`${base}/workflows`).set(headers).set('Content-Type', 'application/yaml').send(yaml);
    assert.equal(fromYaml.status, 400, fromYaml.text);
    assert.equal(fromYaml.body.details.range, 'private');
    assert.equal((await server.http.get(`${base}/workflows/inward`).set(headers)).status, 404);
  });

  test("runWorkflow: a workflow's webhook_url that the guard refuses (one stored before it was checked) is a 400 too", async () => {
    const user = uniqueUser();
    await saveWorkflow(server, user, researchWorkflow('inward'));
    await server.db.knex('hybrid_workflows').where({ owner_sub: user, name: 'inward' }).update({
      definition: JSON.stringify({ ...researchWorkflow('inward'), execution_modes: { api: { webhook_url: 'http://192.168.1.10/hook' } } }),
    });
    const res = await server.http.post(`${base}/run-workflow`).set(await server.auth(user)).send({ userId: user, workflowName: 'inward', inputVariables: { topic: 't' } });
    assert.equal(res.status, 400);
    assert.equal(res.body.details.range, 'private');
  });
});
