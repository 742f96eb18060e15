import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { hypershiftConfig } from '../../src/apis/hypershift/config.js';
import type { TestServer } from '../support/test-server.js';
import { base, freshWorkspace, headersFor, intent, startHypershift, startRun, waitForStatus } from './support.js';

const originFor = (HOST: string) => hypershiftConfig(loadConfig({ ...process.env, HOST, PORT: '8787' })).origin;

/** Creates and runs a run with `headers` on its creating request; returns it completed. */
async function deployedWith(server: TestServer, headers: Record<string, string>) {
  const ws = freshWorkspace();
  const created = await server.http.post(`${base}/runs`).set(headersFor(ws)).set(headers).send({ user_intent: intent() });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const runId: string = created.body.run_id;
  await startRun(server, ws, runId);
  const run = await waitForStatus(server, ws, runId, ['completed', 'failed', 'blocked']);
  assert.equal(run.status, 'completed', JSON.stringify(run.error));
  return { runId, run };
}

describe('deployment_url of the local target', () => {
  test('for runs that recorded no origin, the listen address stands in: a wildcard HOST (0.0.0.0, ::) is localhost, an IPv6 one is bracketed', () => {
    assert.equal(originFor('127.0.0.1'), 'http://127.0.0.1:8787');
    assert.equal(originFor('0.0.0.0'), 'http://localhost:8787');
    assert.equal(originFor('::'), 'http://localhost:8787');
    assert.equal(originFor('::1'), 'http://[::1]:8787');
  });

  describe('on a server bound to every IPv6 address (HOST=::), trusting no proxy', () => {
    let server: TestServer;
    before(async () => {
      server = await startHypershift({ HOST: '::', PORT: '8787' });
    });
    after(() => server.close());

    test('starts with the origin the creating request reached the server at (it was http://localhost:8787 whatever the client used)', async () => {
      const { runId, run } = await deployedWith(server, { Host: 'hypershift.example.test:8443' });
      assert.equal(run.deployment_url, `http://hypershift.example.test:8443${base}/deployments/${runId}`);
      const served = await server.http.get(new URL(run.deployment_url).pathname);
      assert.equal(served.status, 200, JSON.stringify(served.body));
    });

    test('ignores X-Forwarded-Proto and X-Forwarded-Host from a client that is no trusted proxy', async () => {
      const { runId, run } = await deployedWith(server, { Host: 'direct.example.test', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'elsewhere.example.test' });
      assert.equal(run.deployment_url, `http://direct.example.test${base}/deployments/${runId}`);
    });
  });

  describe('behind a proxy TRUST_PROXY trusts', () => {
    let server: TestServer;
    before(async () => {
      server = await startHypershift({ TRUST_PROXY: 'loopback', HOST: '0.0.0.0', PORT: '8787' });
    });
    after(() => server.close());

    test('starts with the scheme and host the proxy forwarded', async () => {
      const { runId, run } = await deployedWith(server, { Host: '10.0.0.7:8787', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'api.example.test, 10.0.0.1' });
      assert.equal(run.deployment_url, `https://api.example.test${base}/deployments/${runId}`);
    });

    test('falls back to the listen address when the forwarded host is not a host name', async () => {
      const { runId, run } = await deployedWith(server, { 'X-Forwarded-Host': 'evil.example.test/phish?x=' });
      assert.equal(run.deployment_url, `http://localhost:8787${base}/deployments/${runId}`);
    });
  });
});
