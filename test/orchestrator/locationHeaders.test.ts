import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import { newUser, startOrchestrator } from './support.js';

// Where several APIs share a server (`npm start`), the Orchestrator is served under /orchestrator/api/v1.
let server: TestServer;
before(async () => {
  server = await startOrchestrator({}, { apis: ['orchestrator', 'hypershift'] });
});
after(() => server.close());

const base = '/orchestrator/api/v1';

test('createAgent and createOrganization: Location is where the server serves the new resource, and following it finds it', async () => {
  const user = await newUser(server, 'enterprise');
  const agent = await server.http.post(`${base}/agents`).set(user.headers).send({ name: 'Bot', framework: 'langgraph' });
  assert.equal(agent.status, 201, agent.text);
  assert.equal(agent.headers.location, `${base}/agents/${agent.body.id}`);
  const organization = await server.http.post(`${base}/organizations`).set(user.headers).send({ name: `Org ${agent.body.id.slice(0, 8)}` });
  assert.equal(organization.status, 201, organization.text);
  assert.equal(organization.headers.location, `${base}/organizations/${organization.body.id}`);
  for (const location of [agent.headers.location, organization.headers.location]) {
    const followed = await server.http.get(location).set(user.headers);
    assert.equal(followed.status, 200, `${location}: ${followed.text}`);
  }
});
