import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { waitFor } from '../support/wait.js';
import { HttpDeploymentTarget } from '../../src/services/hypershift/deployment-target.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { base, createRun, freshWorkspace, headersFor, startHypershift, startRun, waitForStatus } from './support.js';

// A local deploy hook speaking HttpDeploymentTarget's wire format, and the "deployed site" it hands back.
const hooks: { auth?: string; body: { run_id: string; environment: string; artifacts: { path: string }[] } }[] = [];
let refuse = false;
const hook = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    const port = (hook.address() as AddressInfo).port;
    if (req.method === 'GET' && req.url?.startsWith('/sites/')) return void res.writeHead(200).end('ok');
    if (req.method !== 'POST' || req.url !== '/deploy') return void res.writeHead(404).end();
    if (refuse) return void res.writeHead(502).end();
    const body = JSON.parse(raw);
    hooks.push({ auth: req.headers.authorization, body });
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ url: `http://127.0.0.1:${port}/sites/${body.run_id}` }));
  });
});
let hookUrl = '';
before(async () => {
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/deploy`;
});
after(() => hook.close());

describe('HttpDeploymentTarget', () => {
  test('posts the build with the token and checks the URL it gets back', async () => {
    const target = new HttpDeploymentTarget({ hookUrl, token: 'deploy-token', timeoutMs: 5000 });
    const result = await target.deploy({ runId: 'req-1', workspaceId: 'ws-1', environment: 'staging', artifacts: [{ path: 'Dockerfile', type: 'dockerfile', content: 'FROM x' }], mountPath: '/hypershift' });
    assert.match(result.url, /\/sites\/req-1$/);
    assert.equal(result.target, 'http');
    assert.equal(hooks.at(-1)!.auth, 'Bearer deploy-token');
    assert.deepEqual(hooks.at(-1)!.body.artifacts.map((a) => a.path), ['Dockerfile']);
    assert.equal(await target.check(result), true);
    assert.equal(await target.check({ url: hookUrl.replace('/deploy', '/nothing'), target: 'http' }), false);
  });

  test('a refusing hook fails the deploy', async () => {
    refuse = true;
    try {
      await assert.rejects(new HttpDeploymentTarget({ hookUrl, timeoutMs: 5000 }).deploy({ runId: 'req-2', workspaceId: 'ws', environment: 'staging', artifacts: [], mountPath: '/hypershift' }), /answered 502/);
    } finally {
      refuse = false;
    }
  });

  describe('as the sre step’s target', () => {
    let server: TestServer;
    before(async () => {
      server = await startHypershift({ HYPERSHIFT_DEPLOY_TARGET: 'http', HYPERSHIFT_DEPLOY_HOOK_URL: hookUrl });
    });
    after(() => server.close());

    test('the run is deployed by the hook and its URL is the deployment_url', async () => {
      const ws = freshWorkspace();
      const runId = await createRun(server, ws);
      await startRun(server, ws, runId);
      const run = await waitForStatus(server, ws, runId, ['completed', 'failed']);
      assert.equal(run.status, 'completed', run.error);
      assert.match(run.deployment_url, new RegExp(`/sites/${runId}$`));
      assert.equal(run.sre_output.target, 'http');
      assert.equal(run.sre_output.health_check, 'passed');
    });

    test('getStatus names the hook’s deployment as the workspace’s last_deploy (it had none: only local builds counted)', async () => {
      const ws = freshWorkspace();
      const runId = await createRun(server, ws);
      await startRun(server, ws, runId);
      const run = await waitForStatus(server, ws, runId, ['completed', 'failed']);
      assert.equal(run.status, 'completed', run.error);
      const status = await server.http.get(`${base}/status`).set(headersFor(ws));
      assert.equal(status.status, 200, JSON.stringify(status.body));
      assert.equal(status.body.last_deploy?.run_id, runId, JSON.stringify(status.body));
      assert.equal(status.body.last_deploy.deployment_url, run.deployment_url);
      assert.ok(Date.parse(status.body.last_deploy.deployed_at) <= Date.parse(run.updated_at));
    });
  });
});

describe('the local target’s deployment_url', () => {
  // `--api hypershift` serves the API alone at its native paths: /runs, /deployments/{run_id}, no /hypershift.
  const alone = (env: Record<string, string> = {}) =>
    startTestServer({ HYPERSHIFT_RECOVERY_SWEEP_MS: '600000', HYPERSHIFT_INSTANCE: `hypershift-${uniqueUser('t')}`, PORT: '8903', ...env }, { apis: ['hypershift'] });

  async function deployAlone(server: TestServer) {
    const ws = freshWorkspace();
    const created = await server.http.post('/runs').set(headersFor(ws)).send({ user_intent: { description: 'Deploy a Next.js app', target: 'staging' } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const runId: string = created.body.run_id;
    assert.equal((await server.http.post(`/runs/${runId}/start`).set(headersFor(ws))).status, 202);
    const run = await waitFor(async () => {
      const res = await server.http.get(`/runs/${runId}`).set(headersFor(ws));
      return ['completed', 'failed', 'blocked'].includes(res.body.status) ? res.body : undefined;
    });
    assert.equal(run.status, 'completed', run.error);
    return { runId, run };
  }

  test('points where the API serves when it is served alone', async () => {
    const server = await alone();
    try {
      const { runId, run } = await deployAlone(server);
      assert.equal(new URL(run.deployment_url).pathname, `/deployments/${runId}`);
      const served = await server.http.get(new URL(run.deployment_url).pathname);
      assert.equal(served.status, 200, JSON.stringify(served.body));
      assert.equal(served.body.run_id, runId);
    } finally {
      await server.close();
    }
  });

  test('HYPERSHIFT_PUBLIC_URL still wins', async () => {
    const server = await alone({ HYPERSHIFT_PUBLIC_URL: 'https://deploy.example.com/hs/' });
    try {
      const { runId, run } = await deployAlone(server);
      assert.equal(run.deployment_url, `https://deploy.example.com/hs/deployments/${runId}`);
    } finally {
      await server.close();
    }
  });
});
