import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { base, createRun, freshWorkspace, headersFor, logsOf, startHypershift, startRun, waitForStatus } from './support.js';

// A local server speaking the OpenAI chat-completions wire format: the architect gets a structured answer,
// the builder's call fails when the intent asks for it, every other agent gets prose.
const architectAnswer = {
  summary: 'One static site behind a CDN.',
  components: [{ name: 'site', kind: 'frontend' }],
  provider: 'render',
  region: 'frankfurt',
  target: 'staging',
  complexity: 'low',
};
let healthy = true;
const fake = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    const prompt: string = JSON.parse(raw).messages[0].content;
    if (!healthy || (prompt.includes('builder agent') && prompt.includes('make the builder fail'))) return void res.writeHead(500).end('{"error":"boom"}');
    const content = prompt.includes('architect agent') ? `Here is the plan:\n${JSON.stringify(architectAnswer)}` : 'Looks fine to me.';
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ model: 'tiny-model', choices: [{ message: { content } }] }));
  });
});
let server: TestServer;

before(async () => {
  await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
  const baseUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/v1`;
  server = await startHypershift({ MODEL_PROVIDER: 'openai', OPENAI_BASE_URL: baseUrl, OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'tiny-model' });
});
after(async () => {
  await server.close();
  fake.close();
});

describe('agents through an OpenAI-compatible model', () => {
  test('a JSON answer matching the output schema replaces the draft; prose is kept as notes', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    await startRun(server, ws, runId);
    const run = await waitForStatus(server, ws, runId, ['completed', 'failed', 'blocked']);
    assert.equal(run.status, 'completed', JSON.stringify(run.error));
    assert.equal(run.architect_output.summary, architectAnswer.summary);
    assert.equal(run.architect_output.region, 'frankfurt');
    assert.equal(run.architect_output.agent_model, 'openai/tiny-model');
    assert.equal(run.builder_output.agent_notes, 'Looks fine to me.');
  });

  test('a failing step: the provider errors in the builder, the run fails at step 2', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws, { user_intent: { description: 'Deploy a site, make the builder fail', target: 'staging' } });
    await startRun(server, ws, runId);
    const run = await waitForStatus(server, ws, runId, ['completed', 'failed', 'blocked']);
    assert.equal(run.status, 'failed');
    assert.equal(run.current_step, 2);
    assert.match(run.error, /answered 500/);
    assert.equal(run.builder_output, null);
    const logs = await logsOf(server, ws, runId);
    assert.deepEqual(logs.slice(-2).map((l) => [l.action, l.details.step]), [['step.failed', 'builder'], ['run.failed', 'builder']]);
    const outcomes = await server.http.get(`${base}/observability/outcomes`).set(headersFor(ws));
    assert.deepEqual(outcomes.body.outcomes.map((o: { run_id: string; status: string; failed_step: string }) => [o.run_id, o.status, o.failed_step]), [[runId, 'failed', 'builder']]);
  });

  test('getFleetHealth: agents are down when the provider does not answer; still 200', async () => {
    healthy = false;
    try {
      const res = await server.http.get(`${base}/fleet-health`);
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'degraded');
      assert.equal(res.body.orchestrator.database, 'healthy');
      assert.deepEqual(res.body.agents.map((a: { status: string }) => a.status), ['down', 'down', 'down', 'down', 'down']);
      assert.match(res.body.agents[0].error, /answered 500/);
    } finally {
      healthy = true;
    }
  });
});
