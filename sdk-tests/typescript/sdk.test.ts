import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { signDevToken } from '../../src/core/jwt.js';
import { DEMO_LENS_ID } from '../../src/services/lenserfight/demo-seed.js';
import { startServerProcess, type ServerProcess } from '../../test/support/server-processes.js';
import { waitFor } from '../../test/support/wait.js';
import * as lenserfight from '../../sdk/typescript/lenserfight/index.js';
import * as lightning from '../../sdk/typescript/lightning/index.js';
import * as orchestrator from '../../sdk/typescript/orchestrator/index.js';
import { contractCheck, sdkBasePath } from './contract-check.js';

// The generated TypeScript SDKs (npm run generate:sdk) against a server of their own, every answer checked
// against the spec on the way (contract-check.ts).
const secret = randomBytes(32).toString('base64url');
let server: ServerProcess;

async function configuration(slug: string, accessToken?: () => Promise<string>) {
  const { basePath, spec } = await sdkBasePath(server.base, slug);
  return { basePath, accessToken, middleware: [contractCheck(spec, basePath)] };
}

before(async () => {
  server = await startServerProcess({ JWT_SECRET: secret, ORCHESTRATOR_DEMO_USER: 'on', SSE_POLL_MS: '50' });
});
after(async () => {
  await server?.stop();
});

describe('LenserFight through its TypeScript SDK', () => {
  let config: lenserfight.Configuration;
  before(async () => {
    const token = await signDevToken(secret, `sdk-ts-${Date.now().toString(36)}`, 600);
    config = new lenserfight.Configuration(await configuration('lenserfight', async () => token));
  });

  test('executeLens runs the demo lens to succeeded, with its primary artifact', async () => {
    const accepted = await new lenserfight.LensesApi(config).executeLens({
      lensId: DEMO_LENS_ID,
      lensExecuteRequest: { params: { topic: 'generated SDKs', audience: 'engineers' } },
    });
    assert.equal(accepted.data.status, lenserfight.ExecutionRunStatus.Queued);
    const runs = new lenserfight.RunsApi(config);
    const run = await waitFor(async () => {
      const { data } = await runs.getRunStatus({ runId: accepted.data.runId });
      return data.status === lenserfight.ExecutionRunStatus.Succeeded && data;
    });
    assert.equal(run.id, accepted.data.runId);
    assert.equal(run.providerKey, 'local');
    assert.ok(run.startedAt instanceof Date && run.completedAt instanceof Date);
    const primary = run.artifacts.find((a) => a.isPrimaryOutput);
    assert.match(primary?.contentText ?? '', /generated SDKs/);
    // The SDK reads an event stream as one string (see README, "SDKs"): a finished run's stream ends with done.
    const stream = await runs.streamRunEvents({ runId: run.id });
    assert.match(stream, /^event: done$/m);
  });

  test('an unknown run is a ResponseError carrying the API envelope', async () => {
    const error = await new lenserfight.RunsApi(config).getRunStatus({ runId: '00000000-0000-4000-8000-000000000000' }).catch((e) => e);
    assert.ok(error instanceof lenserfight.ResponseError);
    assert.equal(error.response.status, 404);
    const envelope = lenserfight.ApiErrorEnvelopeFromJSON(await error.response.json());
    assert.equal(envelope.error.code, 'not_found');
  });
});

describe('the contract check', () => {
  test('an answer missing a field the spec requires fails the SDK call', async () => {
    const { basePath, spec } = await sdkBasePath(server.base, 'lightning');
    const withoutStatus = async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    const config = new lightning.Configuration({ basePath, fetchApi: withoutStatus, middleware: [contractCheck(spec, basePath)] });
    await assert.rejects(new lightning.HealthApi(config).healthCheck(), /contract mismatch on healthCheck \(200\): body valid: .*status/);
  });
});

describe('Lightning through its TypeScript SDK', () => {
  test('a paid job: pay the eval invoice through the dev stub, then the work invoice, to complete', async () => {
    const config = new lightning.Configuration(await configuration('lightning'));
    const jobs = new lightning.JobsApi(config);
    const pay = (paymentHash: string | undefined) => new lightning.DevApi(config).stubPayInvoice({ paymentHash: paymentHash! });

    const created = await jobs.createJob({ createJobRequest: { request: 'Explain a Lightning invoice in two sentences.' } });
    assert.ok(created.evalInvoice.amountSats > 0);
    assert.match(created.evalInvoice.paymentRequest, /^lnbcrt/);
    await pay(created.evalInvoice.paymentHash);
    const quoted = await waitFor(async () => {
      const job = await jobs.getJob({ id: created.jobId });
      return job.state === lightning.JobState.AwaitingWorkPayment && job;
    });
    assert.ok(quoted.workInvoice && quoted.pricingBreakdown);
    await pay(quoted.workInvoice.paymentHash);
    const done = await waitFor(async () => {
      const job = await jobs.getJob({ id: created.jobId });
      return job.state === lightning.JobState.Complete && job;
    });
    assert.ok(done.result && done.result.length > 0);
    assert.ok(done.costLedger);
    assert.ok(done.completedAt instanceof Date);
  });
});

describe('Orchestrator through its TypeScript SDK', () => {
  test('log in as the demo user, create and deploy an agent, execute its workflow to completed', async () => {
    const anonymous = new orchestrator.Configuration(await configuration('orchestrator'));
    const login = await new orchestrator.AuthenticationApi(anonymous).login({
      loginRequest: { email: 'demo@orchestrator.local', password: 'demo-password-123' },
    });
    assert.equal(login.tokenType, orchestrator.LoginResponseTokenTypeEnum.Bearer);
    assert.equal(login.user.email, 'demo@orchestrator.local');
    const config = new orchestrator.Configuration(await configuration('orchestrator', async () => login.accessToken));

    const agent = await new orchestrator.AgentsApi(config).createAgent({
      createAgentRequest: { name: `SDK agent ${Date.now().toString(36)}`, framework: orchestrator.AgentFramework.Langgraph },
    });
    assert.equal(agent.ownerId, login.user.id);
    const workflow = await new orchestrator.WorkflowsApi(config).createWorkflow({
      agentId: agent.id,
      createWorkflowRequest: {
        name: 'Main',
        workflowData: {
          nodes: [
            { id: 'input', type: 'input' },
            { id: 'respond', type: 'llm', data: { prompt: 'Answer: {{message}}' } },
          ],
          edges: [{ source: 'input', target: 'respond' }],
        },
      },
    });
    const deployed = await new orchestrator.AgentsApi(config).deployAgent({ id: agent.id });
    assert.match(deployed.containerId, /^local-/);

    const executions = new orchestrator.ExecutionsApi(config);
    const started = await executions.executeWorkflow({ id: workflow.id, executeWorkflowRequest: { inputData: { message: 'Where is my order?' } } });
    const finished = await waitFor(async () => {
      const execution = await executions.getExecution({ id: started.executionId });
      return execution.status === orchestrator.ExecutionStatus.Completed && execution;
    });
    assert.equal(finished.workflowId, workflow.id);
    assert.equal(finished.agentId, agent.id);
    assert.ok(finished.completedAt instanceof Date);
  });
});
