import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { hypershiftConfig } from '../../src/apis/hypershift/config.js';
import type { TestServer } from '../support/test-server.js';
import { base, createRun, freshWorkspace, startHypershift, startRun, waitForStatus } from './support.js';

const originFor = (HOST: string) => hypershiftConfig(loadConfig({ ...process.env, HOST, PORT: '8787' })).origin;

describe('deployment_url of the local target', () => {
  test('names a host a client can reach: a wildcard HOST (0.0.0.0, ::) is localhost, an IPv6 one is bracketed', () => {
    assert.equal(originFor('127.0.0.1'), 'http://127.0.0.1:8787');
    assert.equal(originFor('0.0.0.0'), 'http://localhost:8787');
    assert.equal(originFor('::'), 'http://localhost:8787');
    assert.equal(originFor('::1'), 'http://[::1]:8787');
  });

  describe('on a server bound to every IPv6 address (HOST=::)', () => {
    let server: TestServer;
    before(async () => {
      server = await startHypershift({ HOST: '::', PORT: '8787' });
    });
    after(() => server.close());

    test('a completed run’s deployment_url is a URL whose path this server answers (it was http://:::8787/...)', async () => {
      const ws = freshWorkspace();
      const runId = await createRun(server, ws);
      await startRun(server, ws, runId);
      const run = await waitForStatus(server, ws, runId, ['completed', 'failed', 'blocked']);
      assert.equal(run.status, 'completed', JSON.stringify(run.error));
      assert.equal(run.deployment_url, `http://localhost:8787${base}/deployments/${runId}`);
      const served = await server.http.get(new URL(run.deployment_url).pathname);
      assert.equal(served.status, 200, JSON.stringify(served.body));
    });
  });
});
