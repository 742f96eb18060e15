import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { executeLens, getRunStatus } from '../../generated/lenserfight/client.js';
import { configureClient } from '../../src/client/fetcher.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';
import { waitFor } from '../support/wait.js';

// The orval-generated client that dashboards use, pointed at this server at run time.
let server: TestServer;
let listening: http.Server;

before(async () => {
  server = await startTestServer();
  listening = http.createServer(server.listener).listen(0, '127.0.0.1');
  await new Promise((r) => listening.once('listening', r));
});
after(async () => {
  listening.close();
  await server.close();
});

describe('generated React Query client', () => {
  test('base URL and bearer token are set at run time; typed calls reach the API and read its envelope', async () => {
    const token = await server.signToken(uniqueUser('dashboard'));
    configureClient({ baseUrl: `http://127.0.0.1:${(listening.address() as AddressInfo).port}/lenserfight`, getToken: () => token });
    const accepted = await executeLens(server.demo.lensId, { params: { topic: 'generated clients' } });
    assert.equal(accepted.status, 202);
    if (accepted.status !== 202) return;
    const runId = accepted.data.data.runId;
    const run = await waitFor(async () => {
      const res = await getRunStatus(runId);
      return res.status === 200 && res.data.data.status === 'succeeded' ? res.data.data : undefined;
    });
    assert.equal(run.providerKey, 'local');

    configureClient({ getToken: () => undefined });
    const anonymous = await getRunStatus(runId);
    assert.equal(anonymous.status, 401);
  });
});
