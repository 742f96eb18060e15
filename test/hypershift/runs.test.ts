import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestServer } from '../support/test-server.js';
import {
  assertOpaque500,
  base,
  createRun,
  failOnce,
  freshWorkspace,
  getRun,
  headersFor,
  intent,
  logsOf,
  servicesOf,
  startHypershift,
  startRun,
  waitForStatus,
} from './support.js';

const tooLongWorkspace = { 'X-Workspace-Id': 'w'.repeat(129) };
const tooLongUser = { 'X-User-Id': 'u'.repeat(257) };
let server: TestServer;
before(async () => {
  server = await startHypershift();
});
after(() => server.close());

describe('createRun', () => {
  test('201: a pending run with the defaults of decision 11, audited with the actor', async () => {
    const ws = freshWorkspace();
    const res = await server.http.post(`${base}/runs`).set(headersFor(ws, 'carol')).send({ user_intent: { description: 'Deploy a static landing page' }, unknown: 1 });
    assert.equal(res.status, 201);
    const run = await getRun(server, ws, res.body.run_id);
    assert.equal(run.workspace_id, ws);
    assert.equal(run.status, 'pending');
    assert.deepEqual([run.codename, run.tags, run.require_approval, run.error, run.deployment_url], [null, [], false, null, null]);
    assert.deepEqual(run.user_intent, { description: 'Deploy a static landing page' });
    const [created] = await logsOf(server, ws, run.id);
    assert.equal(created.action, 'run.created');
    assert.deepEqual(created.details, { actor: 'carol', workspace_id: ws, user_intent: run.user_intent });
  });

  test('the workspace comes from X-Org-Id when X-Workspace-Id is absent or empty, else ws-default; the actor from X-Actor', async () => {
    const org = freshWorkspace();
    const res = await server.http.post(`${base}/runs`).set({ 'Content-Type': 'application/json', 'X-Workspace-Id': '', 'X-Org-Id': org, 'X-Actor': 'dave' }).send({ user_intent: intent() });
    assert.equal(res.status, 201);
    assert.equal((await getRun(server, org, res.body.run_id)).workspace_id, org);
    assert.equal((await logsOf(server, org, res.body.run_id))[0].details.actor, 'dave');
    const orgOnly = freshWorkspace();
    const viaOrg = await server.http.post(`${base}/runs`).set({ 'Content-Type': 'application/json', 'X-Org-Id': orgOnly }).send({ user_intent: intent() });
    assert.equal((await getRun(server, orgOnly, viaOrg.body.run_id)).workspace_id, orgOnly);
    // ws-default on pro, so a shared database reused by many test runs never reaches its monthly limit.
    await server.http.patch(`${base}/workspaces/ws-default/tier`).set('Content-Type', 'application/json').send({ tier: 'pro' }).expect(200);
    const anon = await server.http.post(`${base}/runs`).set('Content-Type', 'application/json').send({ user_intent: intent() });
    assert.equal(anon.status, 201);
    const run = await server.http.get(`${base}/runs/${anon.body.run_id}`);
    assert.equal(run.body.workspace_id, 'ws-default');
    assert.equal((await server.http.get(`${base}/runs/${anon.body.run_id}/logs`)).body.logs[0].details.actor, 'anonymous');
  });

  test('a workspace or actor header sent as UTF-8 is read as UTF-8 (josé, not josÃ©); a latin1 one as latin1', async () => {
    // Node's client writes each character of a header value as one byte: this string is the UTF-8 bytes of the text.
    // (Sent with a string body, Node would write the headers in the body's encoding; hence the body written as bytes.)
    const asUtf8Bytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    const ws = `${freshWorkspace()}-zürich-東京`;
    const create = server.http.post(`${base}/runs`).set({ 'Content-Type': 'application/json', 'X-Workspace-Id': asUtf8Bytes(ws), 'X-User-Id': asUtf8Bytes('josé') });
    create.write(Buffer.from(JSON.stringify({ user_intent: intent() })));
    const res = await create;
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const read = await server.http.get(`${base}/runs/${res.body.run_id}`).set('X-Workspace-Id', asUtf8Bytes(ws));
    assert.equal(read.body.workspace_id, ws, JSON.stringify(read.body));
    assert.equal((await server.http.get(`${base}/usage`).set('X-Workspace-Id', asUtf8Bytes(ws))).body.workspace_id, ws);
    const listed = await server.http.get(`${base}/runs`).query({ workspace_id: ws });
    assert.deepEqual(listed.body.runs.map((r: { id: string }) => r.id), [res.body.run_id]);
    const rollback = await server.http.post(`${base}/runs/${res.body.run_id}/rollback`).set({ 'X-Workspace-Id': asUtf8Bytes(ws), 'X-Actor': 'josé' });
    assert.equal(rollback.status, 200, JSON.stringify(rollback.body));
    const actors = (await server.http.get(`${base}/runs/${res.body.run_id}/logs`).set('X-Workspace-Id', asUtf8Bytes(ws))).body.logs.map((l: { details: { actor: string } }) => l.details.actor);
    assert.deepEqual(actors, ['josé', 'josé']);
  });

  test('a UTF-8 workspace header is as long as its characters (decision 20): 128 of them, most é, pass the 128 limit; 129 do not', async () => {
    const asUtf8Bytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    const ws = `${freshWorkspace()}-`;
    const fits = ws + 'é'.repeat(128 - ws.length);
    const created = server.http.post(`${base}/runs`).set({ 'Content-Type': 'application/json', 'X-Workspace-Id': asUtf8Bytes(fits) });
    created.write(Buffer.from(JSON.stringify({ user_intent: intent() })));
    const res = await created;
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal((await server.http.get(`${base}/runs/${res.body.run_id}`).set('X-Workspace-Id', asUtf8Bytes(fits))).body.workspace_id, fits);
    const tooLong = await server.http.get(`${base}/usage`).set('X-Workspace-Id', asUtf8Bytes(`${fits}é`));
    assert.equal(tooLong.status, 400, JSON.stringify(tooLong.body));
  });

  test('400: X-Workspace-Id or X-Org-Id sent twice (joined as "a, b") names no workspace; nothing is created in one named "a, b"', async () => {
    const [a, b] = [freshWorkspace(), freshWorkspace()];
    for (const name of ['X-Workspace-Id', 'X-Org-Id']) {
      // An array is sent as two header lines, which the server receives as one value joined by ", ".
      const res = await server.http.post(`${base}/runs`).set({ 'Content-Type': 'application/json', [name]: [a, b] }).send({ user_intent: intent() });
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.deepEqual(res.body, { error: `${name} must be one workspace id: send the header once, without a comma`, code: 'VALIDATION_ERROR' });
      const usage = await server.http.get(`${base}/usage`).set(name, `${a},${b}`);
      assert.deepEqual([usage.status, usage.body.code], [400, 'VALIDATION_ERROR']);
    }
    for (const ws of [a, b, `${a}, ${b}`]) assert.equal((await server.http.get(`${base}/runs`).query({ workspace_id: ws })).body.runs.length, 0);
  });

  test('400: invalid user_intent, malformed JSON, wrong tags, a header too long', async () => {
    const ws = freshWorkspace();
    const post = (body: unknown, extra: Record<string, string> = {}) => server.http.post(`${base}/runs`).set({ ...headersFor(ws), ...extra }).send(body as object);
    for (const body of [{}, { user_intent: 'deploy' }, { user_intent: {} }, { user_intent: { description: '' } }]) {
      const res = await post(body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.deepEqual(res.body, { error: 'Invalid user_intent', code: 'INVALID_USER_INTENT' });
    }
    const malformed = await server.http.post(`${base}/runs`).set(headersFor(ws)).send('{"user_intent":');
    assert.deepEqual([malformed.status, malformed.body.code], [400, 'INVALID_JSON']);
    const tags = await post({ user_intent: intent(), tags: 'web' });
    assert.deepEqual([tags.status, tags.body.code], [400, 'VALIDATION_ERROR']);
    const header = await post({ user_intent: intent() }, tooLongWorkspace);
    assert.deepEqual([header.status, header.body.code], [400, 'VALIDATION_ERROR']);
    assert.match(header.body.error, /X-Workspace-Id/);
    assert.equal((await server.http.get(`${base}/usage`).set(headersFor(ws))).body.runs, 0);
  });

  test('400 INVALID_USER_INTENT names the field and the fault when user_intent has a description (it said only "Invalid user_intent")', async () => {
    const ws = freshWorkspace();
    const cases: [Record<string, unknown>, string][] = [
      [{ description: 'd'.repeat(4001) }, 'Invalid user_intent: user_intent.description must NOT have more than 4000 characters'],
      [{ description: 42 }, 'Invalid user_intent: user_intent.description must be string'],
      [{ description: 'ok', target: 't'.repeat(201) }, 'Invalid user_intent: user_intent.target must NOT have more than 200 characters'],
      [{ description: 'ok', target: 7 }, 'Invalid user_intent: user_intent.target must be string or null'],
      [{ description: 'ok', constraints: 'c'.repeat(4001) }, 'Invalid user_intent: user_intent.constraints must NOT have more than 4000 characters'],
    ];
    for (const [userIntent, error] of cases) {
      for (const path of ['runs', 'what-if']) {
        const res = await server.http.post(`${base}/${path}`).set(headersFor(ws)).send({ user_intent: userIntent });
        assert.deepEqual([res.status, res.body], [400, { error, code: 'INVALID_USER_INTENT' }], `${path} ${JSON.stringify(userIntent).slice(0, 60)}`);
      }
    }
    const nul = await server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: { description: 'a\u0000b' } });
    assert.deepEqual([nul.status, nul.body.code], [400, 'INVALID_USER_INTENT']);
    assert.match(nul.body.error, /^Invalid user_intent: user_intent\.description must not contain a NUL/);
    assert.equal((await server.http.get(`${base}/usage`).set(headersFor(ws))).body.runs, 0);
  });

  test('201: target and constraints sent as null count as absent and are not echoed', async () => {
    const ws = freshWorkspace();
    const res = await server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: { description: 'Deploy a Next.js app', target: null, constraints: null }, codename: null });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const run = await getRun(server, ws, res.body.run_id);
    assert.deepEqual(run.user_intent, { description: 'Deploy a Next.js app' });
    const logs = await server.http.get(`${base}/runs/${res.body.run_id}/logs`).set(headersFor(ws));
    assert.deepEqual(logs.body.logs[0].details.user_intent, { description: 'Deploy a Next.js app' });
    const whatIf = await server.http.post(`${base}/what-if`).set(headersFor(ws)).send({ user_intent: { description: 'Deploy a Next.js app', target: null, constraints: null } });
    assert.equal(whatIf.status, 200, JSON.stringify(whatIf.body));
  });

  test('201: tags and require_approval sent as null (an unset field, as many clients serialize it) count as absent; they were a 400', async () => {
    const ws = freshWorkspace();
    const res = await server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: intent(), codename: null, tags: null, require_approval: null });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const run = await getRun(server, ws, res.body.run_id);
    assert.deepEqual([run.tags, run.require_approval, run.codename], [[], false, null]);
  });

  test('400: a field of the wrong type names the types it may have in words (it said must be array,null)', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ tags: 'a' }, 'tags must be array or null'],
      [{ require_approval: 'yes' }, 'require_approval must be boolean or null'],
      [{ codename: 5 }, 'codename must be string or null'],
    ];
    for (const [fields, error] of cases) {
      const res = await server.http.post(`${base}/runs`).set(headersFor(freshWorkspace())).send({ user_intent: intent(), ...fields });
      assert.deepEqual([res.status, res.body], [400, { error, code: 'VALIDATION_ERROR' }]);
    }
    const tagItem = await server.http.post(`${base}/runs`).set(headersFor(freshWorkspace())).send({ user_intent: intent(), tags: [1] });
    assert.deepEqual(tagItem.body, { error: 'tags.0 must be string', code: 'VALIDATION_ERROR' });
  });

  test('201: properties of user_intent the contract does not name are ignored: not stored, echoed, audited or replayed', async () => {
    const ws = freshWorkspace();
    const sent = { description: 'Deploy a Next.js app', target: 'staging', region: 'eu-west', extra: { nested: [1, 2] } };
    const res = await server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: sent, unknown_top_level: true });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const known = { description: 'Deploy a Next.js app', target: 'staging' };
    assert.deepEqual((await getRun(server, ws, res.body.run_id)).user_intent, known);
    assert.deepEqual((await logsOf(server, ws, res.body.run_id))[0].details.user_intent, known);
    const replay = await server.http.post(`${base}/runs/${res.body.run_id}/replay`).set(headersFor(ws));
    assert.equal(replay.status, 201, JSON.stringify(replay.body));
    assert.deepEqual((await getRun(server, ws, replay.body.run_id)).user_intent, known);
  });

  test('400: a blank description (whitespace only) is no intent; nothing is created or counted', async () => {
    const ws = freshWorkspace();
    for (const description of ['   ', '\t\n', '\u00a0']) {
      const res = await server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: { description } });
      assert.equal(res.status, 400, JSON.stringify(description));
      assert.deepEqual(res.body, { error: 'Invalid user_intent', code: 'INVALID_USER_INTENT' });
    }
    const whatIf = await server.http.post(`${base}/what-if`).set(headersFor(ws)).send({ user_intent: { description: '  ' } });
    assert.deepEqual([whatIf.status, whatIf.body.code], [400, 'INVALID_USER_INTENT']);
    assert.equal((await server.http.get(`${base}/usage`).set(headersFor(ws))).body.runs, 0);
  });

  test('201: a blank target, constraints or codename (a cleared form field) counts as absent', async () => {
    const ws = freshWorkspace();
    const res = await server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: { description: ' Deploy a Next.js app ', target: ' ', constraints: '' }, codename: '  ' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const run = await getRun(server, ws, res.body.run_id);
    assert.deepEqual(run.user_intent, { description: ' Deploy a Next.js app ' });
    assert.equal(run.codename, null);
    assert.deepEqual((await logsOf(server, ws, run.id))[0].details.user_intent, run.user_intent);
  });

  test('413 and 415', async () => {
    const big = await server.http.post(`${base}/runs`).set(headersFor(freshWorkspace())).send({ user_intent: { description: 'x'.repeat(1024 * 1024 + 10) } });
    assert.equal(big.status, 413);
    const text = await server.http.post(`${base}/runs`).set({ ...headersFor(freshWorkspace()), 'Content-Type': 'text/plain' }).send('deploy');
    assert.equal(text.status, 415);
  });

  test('500: an unexpected failure is opaque and creates nothing', async () => {
    failOnce(servicesOf(server).commands, 'create');
    assertOpaque500(await server.http.post(`${base}/runs`).set(headersFor(freshWorkspace())).send({ user_intent: intent() }));
  });
});

describe('listRuns', () => {
  test('200: newest first, filtered by tag, limited; workspace_id overrides the headers', async () => {
    const ws = freshWorkspace();
    const first = await createRun(server, ws, { tags: ['foo'] });
    const second = await createRun(server, ws, { tags: ['bar'], codename: 'two' });
    const third = await createRun(server, ws, { tags: ['foo', 'bar'] });
    const all = await server.http.get(`${base}/runs`).set(headersFor(ws));
    assert.equal(all.status, 200);
    assert.deepEqual(all.body.runs.map((r: { id: string }) => r.id), [third, second, first]);
    assert.deepEqual(all.body.runs[1], { id: second, status: 'pending', created_at: all.body.runs[1].created_at, codename: 'two', tags: ['bar'] });
    const foo = await server.http.get(`${base}/runs?tag=foo`).set(headersFor(ws));
    assert.deepEqual(foo.body.runs.map((r: { id: string }) => r.id), [third, first]);
    const limited = await server.http.get(`${base}/runs?limit=1`).set(headersFor(ws));
    assert.deepEqual(limited.body.runs.map((r: { id: string }) => r.id), [third]);
    const byQuery = await server.http.get(`${base}/runs?workspace_id=${ws}`).set(headersFor(freshWorkspace()));
    assert.equal(byQuery.body.runs.length, 3);
    const empty = await server.http.get(`${base}/runs`).set(headersFor(freshWorkspace()));
    assert.deepEqual(empty.body, { runs: [] });
  });

  test('200: pages past the first with before, the id of the last run of the previous page', async () => {
    const ws = freshWorkspace();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await createRun(server, ws, { tags: ['page'] }));
    const newest = [...ids].reverse();
    const seen: string[] = [];
    let before: string | undefined;
    for (;;) {
      const res = await server.http.get(`${base}/runs?limit=2&tag=page${before ? `&before=${before}` : ''}`).set(headersFor(ws));
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const page = res.body.runs.map((r: { id: string }) => r.id);
      seen.push(...page);
      if (page.length < 2 || seen.length > 10) break;
      before = page.at(-1);
    }
    assert.deepEqual(seen, newest);
    for (const cursor of ['req-nope', await createRun(server, freshWorkspace())]) {
      const res = await server.http.get(`${base}/runs?before=${cursor}`).set(headersFor(ws));
      assert.deepEqual([res.status, res.body], [400, { error: 'before is not a run of this workspace', code: 'VALIDATION_ERROR' }]);
    }
  });

  test('a run is listed where its create committed: one that waited for the workspace’s lock is newer than the run it waited for (Postgres)', { skip: !process.env.DATABASE_URL && 'needs DATABASE_URL (the embedded database runs one transaction at a time)' }, async () => {
    // A client syncing new runs reads the first page down to the newest run it knows. Stamped with its
    // transaction's start, a create that began first but committed last was listed below a run the client had
    // already seen, so the client never saw it.
    const ws = freshWorkspace();
    const limits = servicesOf(server).limits;
    const admit = limits.admit;
    let began!: () => void;
    let release!: () => void;
    const waiting = new Promise<void>((resolve) => (began = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    limits.admit = async (trx, workspaceId) => {
      limits.admit = admit;
      began();
      await released;
      return admit.call(limits, trx, workspaceId);
    };
    try {
      const slow = server.http.post(`${base}/runs`).set(headersFor(ws)).send({ user_intent: intent() }).then((res) => res);
      await waiting;
      const quick = await createRun(server, ws);
      const seen = (await server.http.get(`${base}/runs`).set(headersFor(ws))).body.runs.map((r: { id: string }) => r.id);
      assert.deepEqual(seen, [quick]);
      release();
      const late = await slow;
      assert.equal(late.status, 201, JSON.stringify(late.body));
      const newerThanSeen = (await server.http.get(`${base}/runs`).set(headersFor(ws))).body.runs.map((r: { id: string }) => r.id);
      assert.deepEqual(newerThanSeen, [late.body.run_id, quick]);
    } finally {
      limits.admit = admit;
      release();
    }
  });

  test('200: an empty tag, workspace_id or before (a cleared filter) counts as absent; it was a 400', async () => {
    const ws = freshWorkspace();
    const older = await createRun(server, ws, { tags: ['a'] });
    const newer = await createRun(server, ws, { tags: ['b'] });
    const res = await server.http.get(`${base}/runs?tag=&workspace_id=&before=`).set(headersFor(ws));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.runs.map((r: { id: string }) => r.id), [newer, older]);
    const seedStyle = await server.http.get(`${base}/runs?tag=&workspace_id=${ws}`);
    assert.deepEqual([seedStyle.status, seedStyle.body.runs.length], [200, 2]);
  });

  test('400: a limit out of range', async () => {
    for (const limit of ['0', '101', 'ten']) {
      const res = await server.http.get(`${base}/runs?limit=${limit}`).set(headersFor(freshWorkspace()));
      assert.deepEqual([res.status, res.body.code], [400, 'VALIDATION_ERROR'], limit);
    }
  });

  test('500: an unexpected failure is opaque', async () => {
    failOnce(servicesOf(server).runs, 'list');
    assertOpaque500(await server.http.get(`${base}/runs`).set(headersFor(freshWorkspace())));
  });
});

describe('getRun', () => {
  test('400, 404 and 500', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    assert.equal((await server.http.get(`${base}/runs/${runId}`).set({ ...headersFor(ws), ...tooLongWorkspace })).status, 400);
    const missing = await server.http.get(`${base}/runs/req-nope`).set(headersFor(ws));
    assert.deepEqual([missing.status, missing.body], [404, { error: 'Run not found', code: 'RUN_NOT_FOUND' }]);
    failOnce(servicesOf(server).runs, 'get');
    assertOpaque500(await server.http.get(`${base}/runs/${runId}`).set(headersFor(ws)));
  });
});

describe('startRun', () => {
  test('202 with Content-Type: application/json and no body; 400 once it is not pending', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    const res = await server.http.post(`${base}/runs/${runId}/start`).set(headersFor(ws)).send('');
    assert.equal(res.status, 202);
    assert.deepEqual(res.body, { message: 'Run started' });
    const again = await server.http.post(`${base}/runs/${runId}/start`).set(headersFor(ws));
    assert.equal(again.status, 400);
    assert.deepEqual(again.body, { error: 'Run is not pending', code: 'RUN_NOT_PENDING' });
    await waitForStatus(server, ws, runId, ['completed']);
  });

  test('a body is ignored, whatever it is (decision 3)', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    assert.equal((await server.http.post(`${base}/runs/${runId}/start`).set(headersFor(ws)).send('{not json')).status, 202);
    await waitForStatus(server, ws, runId, ['completed']);
  });

  test('400 for a header too long, 404 for another workspace, 500 opaque', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    assert.equal((await server.http.post(`${base}/runs/${runId}/start`).set({ ...headersFor(ws), ...tooLongUser })).status, 400);
    assert.equal((await server.http.post(`${base}/runs/${runId}/start`).set(headersFor(freshWorkspace()))).status, 404);
    failOnce(servicesOf(server).commands, 'start');
    assertOpaque500(await server.http.post(`${base}/runs/${runId}/start`).set(headersFor(ws)));
    assert.equal((await getRun(server, ws, runId)).status, 'pending');
  });
});

describe('approveRun', () => {
  test('400, 404, 409 and 500', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws, { require_approval: true });
    const pending = await server.http.post(`${base}/runs/${runId}/approve`).set(headersFor(ws));
    assert.deepEqual([pending.status, pending.body.code], [409, 'RUN_NOT_AWAITING_APPROVAL']);
    assert.equal((await server.http.post(`${base}/runs/${runId}/approve`).set({ ...headersFor(ws), ...tooLongUser })).status, 400);
    assert.equal((await server.http.post(`${base}/runs/${runId}/approve`).set(headersFor(freshWorkspace()))).status, 404);
    await startRun(server, ws, runId);
    await waitForStatus(server, ws, runId, ['blocked']);
    failOnce(servicesOf(server).commands, 'approve');
    assertOpaque500(await server.http.post(`${base}/runs/${runId}/approve`).set(headersFor(ws)));
    assert.equal((await getRun(server, ws, runId)).status, 'blocked');
  });
});

describe('rejectRun', () => {
  test('400 and 500', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    assert.equal((await server.http.post(`${base}/runs/${runId}/reject`).set({ ...headersFor(ws), ...tooLongWorkspace })).status, 400);
    failOnce(servicesOf(server).commands, 'reject');
    assertOpaque500(await server.http.post(`${base}/runs/${runId}/reject`).set(headersFor(ws)));
  });
});

describe('rollbackRun', () => {
  test('200 in any status: only an audit entry with the actor', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    const res = await server.http.post(`${base}/runs/${runId}/rollback`).set(headersFor(ws, 'erin'));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { message: 'Rollback recorded (mock)', audit_recorded: true });
    assert.equal((await getRun(server, ws, runId)).status, 'pending');
    const last = (await logsOf(server, ws, runId)).at(-1)!;
    assert.equal(last.action, 'run.rollback');
    assert.equal(last.details.actor, 'erin');
  });

  test('400, 404 and 500', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    assert.equal((await server.http.post(`${base}/runs/${runId}/rollback`).set({ ...headersFor(ws), ...tooLongUser })).status, 400);
    assert.equal((await server.http.post(`${base}/runs/${runId}/rollback`).set(headersFor(freshWorkspace()))).status, 404);
    failOnce(servicesOf(server).commands, 'rollback');
    assertOpaque500(await server.http.post(`${base}/runs/${runId}/rollback`).set(headersFor(ws)));
  });
});

describe('replayRun', () => {
  test('201: a new started run with the same intent, tags and gate but no codename; both audited', async () => {
    const ws = freshWorkspace();
    const original = await createRun(server, ws, { user_intent: intent({ constraints: 'free tier only' }), tags: ['web'], codename: 'orig', require_approval: true });
    const res = await server.http.post(`${base}/runs/${original}/replay`).set(headersFor(ws, 'frank'));
    assert.equal(res.status, 201);
    const replay = await waitForStatus(server, ws, res.body.run_id, ['blocked']);
    assert.deepEqual([replay.user_intent, replay.tags, replay.require_approval, replay.codename], [intent({ constraints: 'free tier only' }), ['web'], true, null]);
    const replayLogs = await logsOf(server, ws, replay.id);
    assert.deepEqual(replayLogs.slice(0, 2).map((l) => [l.action, l.details.actor]), [['run.created', 'frank'], ['run.started', 'frank']]);
    assert.equal(replayLogs[0].details.replayed_from, original);
    const last = (await logsOf(server, ws, original)).at(-1)!;
    assert.deepEqual([last.action, last.details.new_run_id], ['run.replayed', replay.id]);
    assert.equal((await getRun(server, ws, original)).status, 'pending');
  });

  test('400, 404 and 500', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    assert.equal((await server.http.post(`${base}/runs/${runId}/replay`).set({ ...headersFor(ws), ...tooLongUser })).status, 400);
    assert.equal((await server.http.post(`${base}/runs/${runId}/replay`).set(headersFor(freshWorkspace()))).status, 404);
    failOnce(servicesOf(server).commands, 'replay');
    assertOpaque500(await server.http.post(`${base}/runs/${runId}/replay`).set(headersFor(ws)));
  });
});

describe('getRunLogs', () => {
  test('200: every action in order with ids increasing', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws, { require_approval: true });
    await startRun(server, ws, runId);
    await waitForStatus(server, ws, runId, ['blocked']);
    await server.http.post(`${base}/runs/${runId}/approve`).set(headersFor(ws, 'gina')).expect(200);
    await waitForStatus(server, ws, runId, ['completed']);
    await server.http.post(`${base}/runs/${runId}/rollback`).set(headersFor(ws, 'gina')).expect(200);
    const res = await server.http.get(`${base}/runs/${runId}/logs`).set(headersFor(ws));
    assert.equal(res.body.run_id, runId);
    const logs = res.body.logs as { id: number; action: string; details: { step?: string } }[];
    assert.deepEqual(logs.map((l) => (l.details.step ? `${l.action}:${l.details.step}` : l.action)), [
      'run.created',
      'run.started',
      'step.started:architect',
      'step.completed:architect',
      'step.started:builder',
      'step.completed:builder',
      'step.started:sentinel',
      'step.completed:sentinel',
      'run.blocked',
      'run.approved',
      'step.started:sre',
      'step.completed:sre',
      'deploy.succeeded',
      'step.started:finops',
      'step.completed:finops',
      'run.completed',
      'run.rollback',
    ]);
    assert.deepEqual(logs.map((l) => l.id), [...logs.map((l) => l.id)].sort((a, b) => a - b));
  });

  test('400, 404 and 500', async () => {
    const ws = freshWorkspace();
    const runId = await createRun(server, ws);
    assert.equal((await server.http.get(`${base}/runs/${runId}/logs`).set({ ...headersFor(ws), ...tooLongWorkspace })).status, 400);
    assert.equal((await server.http.get(`${base}/runs/${runId}/logs`).set(headersFor(freshWorkspace()))).status, 404);
    failOnce(servicesOf(server).audit, 'list');
    assertOpaque500(await server.http.get(`${base}/runs/${runId}/logs`).set(headersFor(ws)));
  });
});
