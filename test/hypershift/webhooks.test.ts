import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEVELOPMENT_WEBHOOK_SECRET } from '../../src/apis/hypershift/services.js';
import { webhookQueueName } from '../../src/core/webhooks/webhook-delivery.js';
import { verifyWebhookSignature } from '../../src/core/webhooks/webhook-signature.js';
import type { TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import { startReceiver, type Receiver } from '../support/webhook-receiver.js';
import { createRun, freshWorkspace, intent, servicesOf, startHypershift, startRun, waitForStatus } from './support.js';
import { testQueueSchema } from '../support/queue-schema.js';

let receiver: Receiver;
let server: TestServer;
let failing = false;
before(async () => {
  receiver = await startReceiver(() => ({ status: failing ? 503 : 204 }));
  server = await startHypershift({ WEBHOOK_ALLOW_HOSTS: '127.0.0.1', HYPERSHIFT_WEBHOOK_URL: `${receiver.url}/hooks` });
});
after(async () => {
  await server.close();
  await receiver.close();
});

type Received = { event: string; payload: Record<string, unknown>; ts: string; headers: Record<string, unknown>; body: string };

const receivedFor = (runId: string): Received[] =>
  receiver.requests
    .map((r) => ({ ...JSON.parse(r.body), headers: r.headers, body: r.body }))
    .filter((r: Received) => r.payload.run_id === runId);

describe('webhooks', () => {
  test('run.created, run.started, deploy.succeeded and run.completed, each signed, with X-HyperShift-Event', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    await startRun(server, ws, runId);
    const run = await waitForStatus(server, ws, runId, ['completed']);
    const events = await waitFor(async () => {
      const got = receivedFor(runId);
      return got.length >= 4 && got;
    });
    assert.deepEqual(events.map((e) => e.event).sort(), ['deploy.succeeded', 'run.completed', 'run.created', 'run.started']);
    const byEvent = Object.fromEntries(events.map((e) => [e.event, e]));
    assert.deepEqual(byEvent['run.created'].payload, { run_id: runId, workspace_id: ws, user_intent: intent() });
    assert.deepEqual(byEvent['run.started'].payload, { run_id: runId, workspace_id: ws });
    assert.deepEqual(byEvent['deploy.succeeded'].payload, { run_id: runId, deployment_url: run.deployment_url });
    const completed = byEvent['run.completed'].payload;
    assert.deepEqual({ ...completed, duration_ms: typeof completed.duration_ms }, { run_id: runId, status: 'completed', deployment_url: run.deployment_url, duration_ms: 'number', error: null });
    for (const e of events) {
      assert.equal(e.headers['x-hypershift-event'], e.event);
      assert.equal(e.headers['content-type'], 'application/json');
      assert.ok(Date.parse(e.ts));
      const signed = { timestamp: e.headers['webhook-timestamp'] as string, signature: e.headers['webhook-signature'] as string, body: e.body };
      assert.equal(verifyWebhookSignature(DEVELOPMENT_WEBHOOK_SECRET, signed), true);
    }
  });

  test('run.completed for a failed run carries failed_step; a blocked run sends none', async () => {
    const ws = freshWorkspace();
    const blocked = await createRun(server, ws, { user_intent: intent({ description: 'API with API_KEY=abcdefgh12345678' }) });
    await startRun(server, ws, blocked);
    await waitForStatus(server, ws, blocked, ['blocked']);
    const failed = await createRun(server, ws);
    await server.db.knex('hs_runs').where({ id: failed }).update({ status: 'running', current_step: 2, step_attempt: 3, heartbeat_at: new Date(0), started_at: new Date() });
    await servicesOf(server).recovery.sweep();
    const [event] = await waitFor(async () => {
      const got = receivedFor(failed).filter((e) => e.event === 'run.completed');
      return got.length > 0 && got;
    });
    assert.equal(event.payload.status, 'failed');
    assert.equal(event.payload.failed_step, 'builder');
    assert.match(String(event.payload.error), /lost its worker/);
    await waitFor(async () => receivedFor(blocked).some((e) => e.event === 'run.started'));
    assert.deepEqual(receivedFor(blocked).map((e) => e.event).sort(), ['run.created', 'run.started']);
  });

  test('a failed delivery is kept and retried with backoff', async () => {
    failing = true;
    try {
      const ws = freshWorkspace();
      const runId = await createRun(server, ws, { user_intent: intent({ description: 'retry me' }) });
      const row = await waitFor(async () => {
        const delivery = await server.db.knex('webhook_deliveries').where({ api: servicesOf(server).webhooks.profile }).whereRaw('body::jsonb @> ?::jsonb', [JSON.stringify({ payload: { run_id: runId } })]).first();
        return delivery?.attempts >= 1 && delivery;
      });
      assert.equal(row.status, 'pending');
      assert.equal(row.max_attempts, 6);
      const [attempt] = await server.db.knex('webhook_delivery_attempts').where({ delivery_id: row.id });
      assert.equal(attempt.status_code, 503);
      const next = await server.db.knex(`${testQueueSchema}.job`).where({ name: webhookQueueName(servicesOf(server).webhooks.profile) }).whereRaw("data->>'deliveryId' = ?", [row.id]).andWhereRaw("(data->>'attempt')::int = 2").first();
      assert.ok(next, 'the second attempt is queued');
      assert.ok(new Date(next.start_after).getTime() > Date.now());
    } finally {
      failing = false;
    }
  });
});
