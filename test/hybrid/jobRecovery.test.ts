import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { uniqueUser } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import { startReceiver } from '../support/webhook-receiver.js';
import { HYBRID_JOB_QUEUE } from '../../src/services/hybrid/job-executor.js';
import { ownQueueSchema } from '../support/queue-schema.js';
import { waitForJob, startHybrid, submitPrompt, type HybridServer } from './support.js';

/**
 * On a shared Postgres, test files run side by side and every Hybrid server's sweep looks at every row of
 * hybrid_jobs, seeing only its own file's queue. This file's servers count a job as stale after 20 s instead of the
 * default 60 s, and its rows are aged by 30 s: stale here, not yet to the other files' servers, whose sweeps would
 * otherwise fail or requeue them first (on a slow machine one did, and the sweep here found nothing to do).
 */
const STALE = { HYBRID_JOB_STALE_AFTER_MS: '20000' };
const AGED = `now() - interval '30 seconds'`;

let server: HybridServer;
before(async () => {
  server = await startHybrid({ ...STALE, WEBHOOK_ALLOW_HOSTS: '127.0.0.1' });
  // The tests sweep when they mean to; the module's own sweep every 15 s would race them for the same rows.
  server.hybrid.recovery.stop();
});
after(() => server.close());

/** A job as a worker that died mid-generate leaves it: live, one result in, its heartbeat long stopped. */
async function crashedJob(user: string, attempts: number, callbackUrl: string | null = null): Promise<string> {
  const id = randomUUID();
  await server.db.knex('hybrid_jobs').insert({
    id,
    user_id: user,
    kind: 'prompt',
    prompt_text: 'Interrupted prompt',
    requested_models: JSON.stringify(['local-fast', 'local-deep']),
    results: JSON.stringify({ 'local-fast': { content: 'half done', provider: 'local', model: 'local-fast' }, 'local-deep': null }),
    status: 'generating',
    attempts,
    callback_url: callbackUrl,
    heartbeat_at: server.db.knex.raw(AGED),
  });
  return id;
}

test('a job whose worker stopped is run again from the start and completes; it is never left generating', async () => {
  const user = uniqueUser();
  const jobId = await crashedJob(user, 1);
  const swept = await server.hybrid.recovery.sweep();
  assert.ok(swept.requeued >= 1);
  const job = await waitForJob(server, user, jobId);
  assert.equal(job.status, 'completed');
  assert.notEqual(job.results['local-fast'].content, 'half done');
  assert.equal((await server.db.knex('hybrid_jobs').where({ id: jobId }).first()).attempts, 2);
});

test('after three attempts the job is failed, and its callback still carries the final state', async () => {
  const receiver = await startReceiver();
  try {
    const user = uniqueUser();
    const jobId = await crashedJob(user, 3, `${receiver.url}/crashed`);
    const swept = await server.hybrid.recovery.sweep();
    assert.ok(swept.failed >= 1);
    const job = await waitForJob(server, user, jobId);
    assert.equal(job.status, 'failed');
    assert.equal(job.errorInfo, "The job's worker stopped 3 times; giving up");
    const payload = JSON.parse((await waitFor(async () => receiver.requests[0])).body);
    assert.equal(payload.jobId, jobId);
    assert.equal(payload.status, 'failed');
  } finally {
    await receiver.close();
  }
});

test('a worker the sweep gave up on cannot write into, advance or finish the attempt that replaced it', async () => {
  const user = uniqueUser();
  const jobId = await crashedJob(user, 1);
  const stalled = { id: jobId, attempts: 1 };
  // As after the sweep requeued it and another worker claimed it: attempt 2, live.
  await server.db.knex('hybrid_jobs').where({ id: jobId }).update({ attempts: 2, heartbeat_at: server.db.knex.fn.now() });
  const { jobs } = server.hybrid;
  assert.equal(await jobs.heartbeat(stalled), 0);
  await jobs.recordResult(stalled, 'local-deep', { content: 'stale answer', provider: 'local', model: 'local-deep' });
  await jobs.recordVariable(stalled, 'out', 'stale');
  assert.equal(await jobs.startSynthesis(stalled), false);
  assert.equal(await server.db.knex.transaction((trx) => jobs.finish(trx, stalled, { status: 'completed', synthesisResult: null, errorInfo: null })), undefined);
  const row = await server.db.knex('hybrid_jobs').where({ id: jobId }).first();
  assert.deepEqual([row.status, row.attempts, row.results['local-deep'], row.variables], ['generating', 2, null, null]);
  assert.equal(await jobs.heartbeat({ id: jobId, attempts: 2 }), 1, "the current attempt's writes still land");
});

test('a stopping queue hands a running job back: pending again, its partial results cleared, a job waiting for it', async () => {
  const schema = ownQueueSchema('stopping');
  const stopping = await startHybrid({ LOCAL_PROVIDER_DELAY_MS: '600000', QUEUE_SCHEMA: schema });
  try {
    const user = uniqueUser();
    const jobId = await submitPrompt(stopping, user);
    const row = () => stopping.db.knex('hybrid_jobs').where({ id: jobId }).first();
    await waitFor(async () => (await row()).status === 'generating');
    await stopping.queue.stop(50);
    const job = await row();
    assert.equal(job.status, 'pending');
    assert.deepEqual(job.results, { 'local-fast': null, 'local-deep': null });
    assert.equal(job.heartbeat_at, null);
    const jobs = await stopping.db.knex(`${schema}.job`).where({ name: HYBRID_JOB_QUEUE }).whereRaw(`data->>'jobId' = ?`, [jobId]).orderBy('created_on');
    assert.deepEqual(jobs.map((j) => j.state), ['completed', 'created']);
  } finally {
    await stopping.close();
  }
});

test('a pending job whose queue job ran out of retries before a worker claimed it ends failed, with its callback; one still queued is left alone', async () => {
  const schema = ownQueueSchema('unstarted');
  const unstarted = await startHybrid({ ...STALE, QUEUE_SCHEMA: schema, WEBHOOK_ALLOW_HOSTS: '127.0.0.1' });
  unstarted.hybrid.recovery.stop();
  const receiver = await startReceiver();
  try {
    const user = uniqueUser();
    const { jobs } = unstarted.hybrid;
    const claim = jobs.claim;
    // Every claim fails (as a database error would): the queue retries the job, then gives up on it.
    jobs.claim = async () => {
      throw new Error('simulated failure: the claim could not run');
    };
    const queueJobs = (jobId: string) => unstarted.db.knex(`${schema}.job`).where({ name: HYBRID_JOB_QUEUE }).whereRaw(`data->>'jobId' = ?`, [jobId]);
    let jobId: string;
    try {
      jobId = await submitPrompt(unstarted, user, { callbackUrl: `${receiver.url}/unstarted` });
      await waitFor(async () => (await queueJobs(jobId)).some((j) => j.state === 'failed'));
    } finally {
      jobs.claim = claim;
    }
    const row = () => unstarted.db.knex('hybrid_jobs').where({ id: jobId }).first();
    assert.equal((await row()).status, 'pending');
    await unstarted.hybrid.recovery.sweep();
    assert.equal((await row()).status, 'pending', 'a job pending for less than the stale period is not failed yet');
    await unstarted.db.knex('hybrid_jobs').where({ id: jobId }).update({ updated_at: unstarted.db.knex.raw(AGED) });

    // A pending job as old, but whose queue job still waits (a backlog) or was fetched a moment ago, is not failed.
    const waiting = randomUUID();
    const fetched = randomUUID();
    for (const id of [waiting, fetched]) {
      await unstarted.db.knex('hybrid_jobs').insert({
        id,
        user_id: user,
        kind: 'prompt',
        prompt_text: 'Still queued',
        requested_models: JSON.stringify(['local-fast']),
        results: JSON.stringify({ 'local-fast': null }),
        status: 'pending',
        updated_at: unstarted.db.knex.raw(AGED),
      });
    }
    // Queue rows as pg-boss keeps them; `waiting` is due in an hour, so no worker here takes it meanwhile.
    await unstarted.db.knex(`${schema}.job`).insert([
      { name: HYBRID_JOB_QUEUE, data: JSON.stringify({ jobId: waiting }), state: 'created', start_after: unstarted.db.knex.raw(`now() + interval '1 hour'`) },
      { name: HYBRID_JOB_QUEUE, data: JSON.stringify({ jobId: fetched }), state: 'active', started_on: unstarted.db.knex.fn.now() },
    ]);
    // At least: another file's job left pending on the shared database may be swept too.
    const swept = await unstarted.hybrid.recovery.sweep();
    assert.ok(swept.unstarted >= 1);
    const states = await unstarted.db.knex('hybrid_jobs').whereIn('id', [waiting, fetched]).select('status');
    assert.deepEqual(states.map((s) => s.status), ['pending', 'pending']);

    const job = await waitForJob(unstarted, user, jobId);
    assert.equal(job.status, 'failed');
    assert.equal(job.errorInfo, 'The job was never started: its queue entry ran out of retries before a worker claimed it');
    assert.equal(job.synthesisResult, null);
    const payload = JSON.parse((await waitFor(async () => receiver.requests[0])).body);
    assert.deepEqual([payload.jobId, payload.status, payload.errorInfo], [jobId, 'failed', job.errorInfo]);
    const failed = await row();
    await unstarted.hybrid.recovery.sweep();
    assert.deepEqual(await row(), failed, 'a second sweep leaves the failed job as it was');
  } finally {
    await receiver.close();
    await unstarted.close();
  }
});
