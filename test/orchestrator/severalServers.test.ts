import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';
import { base, deployedWorkflow, newUser, servicesOf, startOrchestrator, waitForExecution, type TestUser } from './support.js';

// Two server processes' worth of services on one Postgres (the embedded database is one process only).
const postgres = Boolean(process.env.DATABASE_URL);
let a: TestServer;
let b: TestServer;
let user: TestUser;
before(async () => {
  if (!postgres) return;
  [a, b] = [await startOrchestrator(), await startOrchestrator()];
  user = await newUser(a);
});
after(async () => {
  await a?.close();
  await b?.close();
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('agent processes with several servers on one database', { skip: !postgres && 'Postgres only (DATABASE_URL)' }, () => {
  test("an execution a worker of another server takes is forwarded to the agent's supervisor and runs there", async () => {
    const { containerId, workflowId, agentId } = await deployedWorkflow(a, user);
    assert.equal(await servicesOf(a).runtime.supervisor(containerId), 'here');
    assert.equal(await servicesOf(b).runtime.supervisor(containerId), servicesOf(a).identity.instance);
    const id = randomUUID();
    // Pending with no job: only server B's engine is told about it.
    await a.db.knex('orch_executions').insert({
      id,
      workflow_id: workflowId,
      workflow_version: 0,
      agent_id: agentId,
      owner_user_id: user.id,
      container_id: containerId,
      status: 'pending',
      input: JSON.stringify({ message: 'hi' }),
      options: JSON.stringify({ timeout: 30_000, retry_count: 0 }),
      correlation_id: randomUUID(),
    });
    await servicesOf(b).engine.run(id);
    const done = await waitForExecution(a, user, id);
    assert.equal(done.status, 'completed', done.error_message);
    assert.match(done.execution_data.output.text, /hi/);
  });

  test('a restart done by another server moves the process there; the old one is stopped at its next report', async () => {
    const { agentId, containerId } = await deployedWorkflow(a, user);
    const before = (await a.db.knex('orch_containers').where({ id: containerId }).first('pid')).pid;
    assert.ok(await servicesOf(b).runtime.beginRestart(containerId));
    await servicesOf(b).containers.completeRestart({ agentId, containerId });
    const row = await a.db.knex('orch_containers').where({ id: containerId }).first('pid', 'owner_instance', 'status');
    assert.deepEqual([row.status, row.owner_instance], ['running', servicesOf(b).identity.instance]);
    assert.notEqual(row.pid, before);
    await waitFor(async () => !alive(before));
    assert.equal(await servicesOf(a).runtime.supervisor(containerId), servicesOf(b).identity.instance);
    const status = await a.http.get(`${base}/agents/${agentId}/container`).set(user.headers);
    assert.equal(status.body.status, 'running');
  });
});
