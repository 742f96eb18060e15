import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import { testQueueSchema } from '../support/queue-schema.js';
import { EXECUTION_QUEUE } from '../../src/services/orchestrator/executions.js';
import { base, deployedWorkflow, newOrganization, newUser, servicesOf, startOrchestrator, waitForExecution, type TestUser } from './support.js';

let server: TestServer;
before(async () => {
  server = await startOrchestrator({ ORCHESTRATOR_EXECUTIONS_PER_OWNER: '2' });
});
after(() => server.close());

const hold = (ms: number) => ({ nodes: [{ id: 'hold', type: 'wait', data: { ms } }], edges: [] });
const execute = async (workflowId: string, user: TestUser) => {
  const res = await server.http.post(`${base}/workflows/${workflowId}/execute`).set(user.headers);
  assert.equal(res.status, 202, res.text);
  return res.body.execution_id as string;
};
type Timed = { id: string; status: string; running_since: Date | null; completed_at: Date | null };
const rows = (ids: string[]): Promise<Timed[]> => server.db.knex('orch_executions').whereIn('id', ids).select('id', 'status', 'running_since', 'completed_at');

/** The most executions of these that were running at one instant, from when each was taken to when it ended. */
function mostAtOnce(executions: Timed[]): number {
  const edges = executions.flatMap((e) => [
    { at: e.running_since!.getTime(), step: 1 },
    { at: e.completed_at!.getTime(), step: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let now = 0;
  let most = 0;
  for (const edge of edges) most = Math.max(most, (now += edge.step));
  return most;
}

/** A new user whose two slots hold long executions (of `long`'s agent) and whose third execution waits for a slot. */
async function bothSlotsHeldAndOneWaiting() {
  const user = await newUser(server);
  const long = await deployedWorkflow(server, user, hold(60_000));
  const short = await deployedWorkflow(server, user, hold(10));
  const holding = [await execute(long.workflowId, user), await execute(long.workflowId, user)];
  for (const id of holding) await waitForExecution(server, user, id, ['running']);
  const waiting = await execute(short.workflowId, user);
  await waitFor(async () => ((await server.db.knex('orch_executions').where({ id: waiting }).first('waiting_for_slot')).waiting_for_slot ? true : undefined));
  return { user, long, holding, waiting };
}

describe('executeWorkflow: executions per owner (ORCHESTRATOR_EXECUTIONS_PER_OWNER)', () => {
  test("an owner's burst runs that many at a time, the rest wait in pending; another owner's execution is not held back", async () => {
    const busy = await newUser(server);
    const other = await newUser(server);
    const { workflowId } = await deployedWorkflow(server, busy, hold(4000));
    const { workflowId: otherWorkflow } = await deployedWorkflow(server, other);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await execute(workflowId, busy));
    await waitFor(async () => {
      const now = await rows(ids);
      return now.filter((e) => e.status === 'running').length === 2 && now.filter((e) => e.status === 'pending').length === 2 ? true : undefined;
    });

    const done = await waitForExecution(server, other, await execute(otherWorkflow, other));
    assert.equal(done.status, 'completed', done.error_message);
    assert.equal((await rows(ids)).filter((e) => e.status === 'pending').length, 2, "the busy owner's others still wait");

    for (const id of ids) assert.equal((await waitForExecution(server, busy, id)).status, 'completed');
    assert.equal(mostAtOnce(await rows(ids)), 2);
  });

  test("an organization's agents share the organization's slots, whoever starts them", async () => {
    const cast = await newOrganization(server);
    const orgOwned = { owner_type: 'organization', owner_id: cast.organizationId };
    const first = await deployedWorkflow(server, cast.owner, hold(1500), orgOwned);
    const second = await deployedWorkflow(server, cast.owner, hold(1500), orgOwned);
    const ids = [await execute(first.workflowId, cast.owner), await execute(second.workflowId, cast.member), await execute(first.workflowId, cast.member)];
    for (const id of ids) assert.equal((await waitForExecution(server, cast.owner, id)).status, 'completed');
    assert.equal(mostAtOnce(await rows(ids)), 2);
  });

  test('cancelling a running execution (undeploy) frees its slot for the next one waiting', async () => {
    const { user, long, waiting } = await bothSlotsHeldAndOneWaiting();
    await server.http.post(`${base}/agents/${long.agentId}/undeploy`).set(user.headers).expect(200);
    assert.equal((await waitForExecution(server, user, waiting)).status, 'completed');
  });

  test('the sweep queues a waiting execution whose hand-off never came (its holders were failed as lost)', async () => {
    const { user, holding, waiting } = await bothSlotsHeldAndOneWaiting();
    // As the lost-execution sweep leaves them: failed, with no execution ending in a worker to hand the slot on.
    await server.db.knex('orch_executions').whereIn('id', holding).update({ status: 'failed', completed_at: new Date() });
    // Counted in this server's queue: on a shared Postgres another test file's server may run its own slot sweep.
    const jobsFor = async (id: string) => (await server.db.knex(`${testQueueSchema}.job`).where({ name: EXECUTION_QUEUE }).whereRaw(`data->>'executionId' = ?`, [id])).length;
    const sent = await jobsFor(waiting);
    await servicesOf(server).executions.resume(undefined, 0);
    assert.equal(await jobsFor(waiting), sent, 'the stale sweep leaves it to the slots');
    await servicesOf(server).executionSlots.resumeWaiting();
    assert.equal((await waitForExecution(server, user, waiting)).status, 'completed');
  });
});
