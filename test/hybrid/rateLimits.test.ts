import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uniqueUser } from '../support/test-server.js';
import { base, researchWorkflow, saveWorkflow, startHybrid, type HybridServer } from './support.js';

let server: HybridServer;
let tight: HybridServer;
before(async () => {
  server = await startHybrid();
  tight = await startHybrid({ HYBRID_RATE_LIMIT_PER_MINUTE: '2', HYBRID_SUBMISSIONS_PER_MINUTE: '1' });
});
after(async () => {
  await server.close();
  await tight.close();
});

function assertHeaders(res: { headers: Record<string, string> }, limit: number, remaining: number) {
  assert.equal(res.headers['x-ratelimit-limit'], String(limit));
  assert.equal(res.headers['x-ratelimit-remaining'], String(remaining));
  const reset = Number(res.headers['x-ratelimit-reset']);
  assert.ok(Number.isInteger(reset) && reset >= 0 && reset <= 60, `X-RateLimit-Reset ${reset} is seconds until the window ends`);
}

describe('60 requests per minute per user, on every operation', () => {
  test('headers on every response, 2xx and 4xx alike; the 61st request is a 429 with Retry-After; other users are unaffected', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    const ok = await server.http.get(`${base}/models`).set(headers);
    assert.equal(ok.status, 200);
    assertHeaders(ok, 60, 59);
    const notFound = await server.http.get(`${base}/workflows/nothing-here`).set(headers);
    assert.equal(notFound.status, 404);
    assertHeaders(notFound, 60, 58);
    const forbidden = await server.http.delete(`${base}/tokens`).query({ userId: 'someone-else', providerId: 'openai' }).set(headers);
    assert.equal(forbidden.status, 403);
    assertHeaders(forbidden, 60, 57);
    for (let i = 0; i < 57; i++) assert.equal((await server.http.get(`${base}/workflows`).set(headers)).status, 200);
    const limited = await server.http.get(`${base}/models`).set(headers);
    assert.equal(limited.status, 429);
    assertHeaders(limited, 60, 0);
    assert.equal(limited.body.code, 'rate_limited');
    assert.equal(limited.body.details.limit, 60);
    assert.equal(limited.body.details.windowSeconds, 60);
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= 60);
    const other = await server.http.get(`${base}/models`).set(await server.auth(uniqueUser()));
    assert.equal(other.status, 200);
    assertHeaders(other, 60, 59);
  });

  test('a path or method no operation serves counts too: its 404, 405 and OPTIONS carry the headers, in the user\'s window', async () => {
    const headers = await server.auth(uniqueUser());
    assertHeaders(await server.http.get(`${base}/models`).set(headers), 60, 59);
    const noRoute = await server.http.get(`${base}/no-such-thing`).set(headers);
    assert.equal(noRoute.status, 404);
    assertHeaders(noRoute, 60, 58);
    const wrongMethod = await server.http.put(`${base}/models`).set(headers);
    assert.equal(wrongMethod.status, 405);
    assertHeaders(wrongMethod, 60, 57);
    const options = await server.http.options(`${base}/models`).set(headers);
    assert.equal(options.status, 204);
    assertHeaders(options, 60, 56);
    const anonymous = await server.http.get(`${base}/no-such-thing`);
    assert.equal(anonymous.status, 404);
    assert.ok(anonymous.headers['x-ratelimit-limit'], 'counted by address without a token');
  });

  test('over the limit, a path no operation serves is still a 404, with the spent window in its headers', async () => {
    const headers = await tight.auth(uniqueUser());
    for (let i = 0; i < 2; i++) assert.equal((await tight.http.get(`${base}/models`).set(headers)).status, 200);
    const noRoute = await tight.http.get(`${base}/no-such-thing`).set(headers);
    assert.equal(noRoute.status, 404);
    assert.equal(noRoute.body.code, 'not_found');
    assertHeaders(noRoute, 2, 0);
    assert.equal((await tight.http.get(`${base}/models`).set(headers)).status, 429);
  });

  test('requests without a valid token are counted by address and carry the headers too', async () => {
    const res = await server.http.get(`${base}/models`);
    assert.equal(res.status, 401);
    assert.ok(res.headers['x-ratelimit-limit']);
    assert.ok(res.headers['x-ratelimit-reset']);
  });
});

describe('10 job submissions per minute per user, shared by run-hybrid and run-workflow', () => {
  test('15 concurrent submissions of one user: exactly 10 are accepted (each with a job), 5 are 429, the remainders all differ', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) => server.http.post(`${base}/run-hybrid`).set(headers).send({ userId: user, promptText: `c${i}`, requestedModels: ['local-fast'] })),
    );
    const accepted = answers.filter((r) => r.status === 202);
    assert.deepEqual([accepted.length, answers.filter((r) => r.status === 429).length], [10, 5]);
    assert.deepEqual(accepted.map((r) => Number(r.headers['x-ratelimit-remaining'])).sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const r of answers.filter((x) => x.status === 429)) assert.ok(Number(r.headers['retry-after']) > 0);
    assert.equal((await server.db.knex('hybrid_jobs').where({ user_id: user })).length, 10);
  });

  test('the headers report the tighter limit; the 11th submission is a 429 whichever endpoint it uses', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    await saveWorkflow(server, user, researchWorkflow('limited'));
    for (let i = 0; i < 9; i++) {
      const res = await server.http.post(`${base}/run-hybrid`).set(headers).send({ userId: user, promptText: `p${i}`, requestedModels: ['local-fast'] });
      assert.equal(res.status, 202);
      assertHeaders(res, 10, 9 - i);
    }
    const tenth = await server.http.post(`${base}/run-workflow`).set(headers).send({ userId: user, workflowName: 'limited', inputVariables: { topic: 't' } });
    assert.equal(tenth.status, 202);
    assertHeaders(tenth, 10, 0);
    for (const path of ['run-hybrid', 'run-workflow']) {
      const res = await server.http.post(`${base}/${path}`).set(headers).send({ userId: user, promptText: 'x', workflowName: 'limited', requestedModels: ['local-fast'] });
      assert.equal(res.status, 429, path);
      assert.equal(res.body.details.limit, 10);
      assert.ok(Number(res.headers['retry-after']) >= 1);
    }
    // Reads are still allowed: the per-user budget is not spent.
    assert.equal((await server.http.get(`${base}/models`).set(headers)).status, 200);
  });
});

describe('refused submissions and failed jobs count (decision 7)', () => {
  test('runHybridPrompt / runWorkflow: a 400, 403 or 404 spends a submission like a 202, and says so in its headers', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    const refused = [
      await server.http.post(`${base}/run-hybrid`).set(headers).send({ userId: user, promptText: 'x', requestedModels: ['gpt-17'] }),
      await server.http.post(`${base}/run-hybrid`).set(headers).type('json').send('{"userId":'),
      await server.http.post(`${base}/run-hybrid`).set(headers).send({ userId: 'someone-else', promptText: 'x', requestedModels: ['local-fast'] }),
      await server.http.post(`${base}/run-workflow`).set(headers).send({ userId: user, workflowName: 'none' }),
    ];
    assert.deepEqual(refused.map((r) => r.status), [400, 400, 403, 404]);
    refused.forEach((r, i) => assertHeaders(r, 10, 9 - i));
    const accepted = await server.http.post(`${base}/run-hybrid`).set(headers).send({ userId: user, promptText: 'x', requestedModels: ['local-fast'] });
    assert.equal(accepted.status, 202);
    assertHeaders(accepted, 10, 5);
  });
});

describe('both limits are configurable', () => {
  // HYBRID_RATE_LIMIT_PER_MINUTE=2 and HYBRID_SUBMISSIONS_PER_MINUTE=1: each operation, for a fresh user.
  const requests: Record<string, (user: string) => [method: 'get' | 'post' | 'delete', path: string, body?: object, query?: object]> = {
    storeToken: (u) => ['post', '/tokens', { userId: u, providerId: 'openai', tokenData: { accessToken: 'sk', type: 'api' } }],
    deleteToken: (u) => ['delete', '/tokens', undefined, { userId: u, providerId: 'openai' }],
    runHybridPrompt: (u) => ['post', '/run-hybrid', { userId: u, promptText: 'x', requestedModels: ['local-fast'] }],
    runWorkflow: (u) => ['post', '/run-workflow', { userId: u, workflowName: 'none' }],
    getJobStatus: () => ['get', '/jobs/00000000-0000-4000-8000-000000000000'],
    listWorkflows: () => ['get', '/workflows'],
    createWorkflow: () => ['post', '/workflows', researchWorkflow('limited')],
    getWorkflow: () => ['get', '/workflows/none'],
    deleteWorkflow: () => ['delete', '/workflows/none'],
    listModels: () => ['get', '/models'],
    checkModelHealth: () => ['get', '/models/local-fast/health'],
  };
  for (const [operationId, request] of Object.entries(requests)) {
    test(`${operationId}: 429 past the configured limit`, async () => {
      const user = uniqueUser();
      const headers = await tight.auth(user);
      const [method, path, body, query] = request(user);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        let req = tight.http[method](`${base}${path}`).set(headers);
        if (query) req = req.query(query);
        const res = await (body ? req.send(body) : req);
        statuses.push(res.status);
        if (res.status === 429) assert.equal(res.body.code, 'rate_limited');
      }
      const submission = operationId.startsWith('run');
      assert.equal(statuses.at(-1), 429);
      assert.equal(statuses.filter((s) => s === 429).length, submission ? 2 : 1, String(statuses));
    });
  }
});
