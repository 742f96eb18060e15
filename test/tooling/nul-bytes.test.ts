import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OperationValidators } from '../../src/core/validators.js';
import { startTestServer, uniqueUser, type TestServer } from '../support/test-server.js';

// Found by the contract tester: a NUL in a body string reached Postgres and ended as a 500.
let server: TestServer;
before(async () => {
  server = await startTestServer({}, { apis: ['lenserfight', 'lightning'] });
});
after(() => server.close());

describe('a NUL character is bad input wherever it arrives', () => {
  test('in a JSON body string → 400 naming where', async () => {
    const res = await server.http
      .post(`/lenserfight/v1/workflows/${server.demo.workflowId}/run`)
      .set(await server.auth(uniqueUser()))
      .send({ inputs: {}, idempotencyKey: 'a\u0000b' });
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(res.body), /idempotencyKey/);
  });

  test('in a nested property name → 400', async () => {
    const res = await server.http
      .post(`/lenserfight/v1/lenses/${server.demo.lensId}/execute`)
      .set(await server.auth(uniqueUser()))
      .send({ params: { 'to\u0000pic': 'x' } });
    assert.equal(res.status, 400);
  });

  test('in a declared query value → an issue', () => {
    const validators = new OperationValidators({
      operationId: 'search',
      method: 'GET',
      path: '/search',
      parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
      responses: {},
      security: [],
    });
    const { issues } = validators.parseParams({}, new URLSearchParams('q=a%00b'), {});
    assert.deepEqual(issues, [{ location: 'query', path: '/q', message: 'must not contain a NUL byte' }]);
  });
});
