import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { schemaErrors } from '../support/spec-validator.js';
import { assertOpaque500, base, failOnce, waitForRunStatus } from './support.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ RUN_RATE_LIMIT_PER_MINUTE: '5' });
});
after(() => server.close());

const path = () => `${base}/workflows/${server.demo.workflowId}/run`;

describe('runWorkflow', () => {
  test('202: runs the graph, independent nodes first and in parallel, the judge last', async () => {
    const user = uniqueUser();
    const res = await server.http.post(path()).set(await server.auth(user)).send({ inputs: { topic: 'tabs versus spaces' } });
    assert.equal(res.status, 202);
    assert.deepEqual(schemaErrors('lenserfight', 'PlatformExecutionAcceptedEnvelope', res.body), []);
    assert.equal(res.body.data.workflowId, server.demo.workflowId);

    const run = await waitForRunStatus(server, user, res.body.data.runId);
    assert.equal(run.status, 'succeeded');
    const trace = run.artifacts.find((a: { artifactKind: string }) => a.artifactKind === 'trace');
    assert.deepEqual(trace.contentJson.nodes.map((n: { nodeId: string }) => n.nodeId), ['pro', 'con', 'verdict']);
    const primary = run.artifacts.find((a: { isPrimaryOutput: boolean }) => a.isPrimaryOutput);
    assert.match(primary.contentText, /Topic: tabs versus spaces For: \[local model/);
    assert.equal(run.tokenInput, trace.contentJson.nodes.reduce((s: number, n: { tokenInput: number }) => s + n.tokenInput, 0));

    const events = await server.db.knex('lf_run_events').where({ run_id: run.id }).orderBy('id');
    const order = events.filter((e) => e.event_type.startsWith('node.')).map((e) => `${e.event_type}:${e.payload.nodeId}`);
    // Both debaters start before either finishes; the verdict starts only after both finished.
    assert.ok(order.indexOf('node.started:con') < order.indexOf('node.completed:pro'), order.join(' '));
    assert.ok(order.indexOf('node.started:verdict') > order.indexOf('node.completed:pro'));
    assert.ok(order.indexOf('node.started:verdict') > order.indexOf('node.completed:con'));
  });

  test('202: the same idempotencyKey returns the same run', async () => {
    const user = uniqueUser();
    const body = { inputs: { topic: 'x' }, idempotencyKey: 'wf-key' };
    const a = await server.http.post(path()).set(await server.auth(user)).send(body);
    const b = await server.http.post(path()).set(await server.auth(user)).send(body);
    assert.equal(a.body.data.runId, b.body.data.runId);
  });

  test('400: an empty or over-long modelOverride (it was sent to the provider as the model)', async () => {
    const headers = await server.auth(uniqueUser());
    for (const override of [{ modelOverride: '' }, { modelOverride: 'm'.repeat(201) }, ]) {
      const res = await server.http.post(path()).set(headers).send({ inputs: { topic: 'override' }, ...override });
      assert.equal(res.status, 400, `${JSON.stringify(override).slice(0, 40)}: ${res.text}`);
      assert.equal(res.body.error.code, 'validation_failed');
      assert.equal(res.body.error.details.errors[0].path, `/${Object.keys(override)[0]}`);
    }
  });

  test('400: an idempotencyKey that is empty or over 255 characters (empty returned the first run, a long one was a 500)', async () => {
    const headers = await server.auth(uniqueUser());
    for (const idempotencyKey of ['', '', 'k'.repeat(256), 'x'.repeat(20_000)]) {
      const res = await server.http.post(path()).set(headers).send({ inputs: { topic: 'bounds' }, idempotencyKey });
      assert.equal(res.status, 400, `${idempotencyKey.length} characters: ${res.text}`);
      assert.equal(res.body.error.details.errors[0].path, '/idempotencyKey');
    }
  });

  test('400: a missing workflow input names it', async () => {
    const res = await server.http.post(path()).set(await server.auth(uniqueUser())).send({ inputs: {} });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'missing_param');
    assert.deepEqual(res.body.error.details.missing, ['topic']);
  });

  test('400: inputs is required', async () => {
    const res = await server.http.post(path()).set(await server.auth(uniqueUser())).send({});
    assert.equal(res.status, 400);
    assert.equal(res.body.error.details.errors[0].path, '/inputs');
  });

  test('401: no token', async () => {
    const res = await server.http.post(path()).send({ inputs: { topic: 'x' } });
    assert.equal(res.status, 401);
    assert.equal(res.body.error.code, 'unauthorized');
  });

  test('404: an unknown workflow', async () => {
    const res = await server.http.post(`${base}/workflows/00000000-0000-4000-8000-000000000000/run`).set(await server.auth(uniqueUser())).send({ inputs: { topic: 'x' } });
    assert.equal(res.status, 404);
  });

  test('429: past the per-user limit', async () => {
    const headers = await server.auth(uniqueUser());
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await server.http.post(path()).set(headers).send({ inputs: { topic: `t${i}` } })).status);
    assert.deepEqual(statuses, [202, 202, 202, 202, 202, 429]);
  });

  test('500: an unexpected failure is opaque', async () => {
    failOnce(server.services.submission, 'submitWorkflow');
    assertOpaque500(await server.http.post(path()).set(await server.auth(uniqueUser())).send({ inputs: { topic: 'x' } }));
  });
});
