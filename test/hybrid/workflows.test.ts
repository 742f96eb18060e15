import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uniqueUser } from '../support/test-server.js';
import { base, researchWorkflow, saveWorkflow, startHybrid, type HybridServer } from './support.js';

let server: HybridServer;
before(async () => {
  server = await startHybrid();
});
after(() => server.close());

const YAML_WORKFLOW = `
workflow_name: yaml-brief
description: Written as YAML
stages:
  generate:
    parallel: false
    steps:
      - name: outline
        models: [local-fast]
        prompt_template: "Outline {{topic}}"
        output_var: outline
        input_vars: [topic]
      - name: expand
        models: [local-balanced]
        prompt_template: "Expand this outline: {{outline}}"
        output_var: draft
        input_vars: [outline]
  synthesize:
    name: polish
    model: local-deep
    prompt_template: "Polish {{draft}}"
    input_vars: [draft]
    output_var: final
execution_modes:
  cli:
    output_format: obsidian_markdown
`;

describe('createWorkflow', () => {
  test('200: stores a JSON definition; storing it again replaces it', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    const res = await server.http.post(`${base}/workflows`).set(headers).send(researchWorkflow('research'));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: 'success', name: 'research' });
    const changed = { ...researchWorkflow('research'), description: 'changed' };
    assert.equal((await server.http.post(`${base}/workflows`).set(headers).send(changed)).status, 200);
    const list = await server.http.get(`${base}/workflows`).set(headers);
    assert.deepEqual(list.body, [{ name: 'research', description: 'changed' }]);
  });

  test('200: properties WorkflowDefinition does not name are ignored at every level: neither stored nor returned', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    const plain = researchWorkflow('extras');
    const [draft, angle] = plain.stages.generate.steps;
    const withExtras = {
      ...plain,
      junk: { nested: 'x'.repeat(1000) },
      stages: {
        extra: 1,
        generate: { ...plain.stages.generate, extra: true, steps: [{ ...draft, evil: 'yes' }, angle] },
        synthesize: { ...plain.stages.synthesize, temperature: 2 },
      },
      execution_modes: { web: { realtime_updates: true, theme: 'dark' }, api: { response_format: 'json', token: 'secret' }, other: {} },
    };
    assert.equal((await server.http.post(`${base}/workflows`).set(headers).send(withExtras)).status, 200);
    const got = await server.http.get(`${base}/workflows/extras`).set(headers);
    assert.equal(got.status, 200);
    assert.deepEqual(got.body, { ...plain, execution_modes: { web: { realtime_updates: true }, api: { response_format: 'json' } } });
    const row = await server.db.knex('hybrid_workflows').where({ owner_sub: user, name: 'extras' }).first();
    assert.doesNotMatch(JSON.stringify(row.definition), /junk|evil|temperature|theme|secret|other|extra"/);
  });

  test('200: accepts the definition as YAML text, stored as the same JSON', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    const res = await server.http.post(`${base}/workflows`).set(headers).set('Content-Type', 'application/yaml').send(YAML_WORKFLOW);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body, { status: 'success', name: 'yaml-brief' });
    const stored = await server.http.get(`${base}/workflows/yaml-brief`).set(headers);
    assert.equal(stored.body.stages.generate.parallel, false);
    assert.deepEqual(stored.body.stages.generate.steps[1].input_vars, ['outline']);
    assert.deepEqual(stored.body.execution_modes, { cli: { output_format: 'obsidian_markdown' } });
  });

  test('200: YAML sent as application/x-yaml or text/yaml (with a charset) is read as application/yaml (it was a 415)', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    for (const type of ['application/x-yaml', 'text/yaml; charset=utf-8']) {
      const res = await server.http.post(`${base}/workflows`).set(headers).set('Content-Type', type).send(YAML_WORKFLOW);
      assert.equal(res.status, 200, `${type}: ${res.text}`);
      assert.deepEqual(res.body, { status: 'success', name: 'yaml-brief' });
    }
    const bad = await server.http.post(`${base}/workflows`).set(headers).set('Content-Type', 'text/yaml').send('workflow_name: [unclosed');
    assert.deepEqual([bad.status, bad.body.message], [400, 'Request body is not valid YAML']);
  });

  test('400: YAML that does not parse, and YAML that breaks the schema', async () => {
    const headers = await server.auth(uniqueUser());
    const bad = await server.http.post(`${base}/workflows`).set(headers).set('Content-Type', 'application/yaml').send('workflow_name: [unclosed');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.message, 'Request body is not valid YAML');
    assert.match(bad.body.details.parseError, /.+/);
    const schema = await server.http.post(`${base}/workflows`).set(headers).set('Content-Type', 'application/yaml').send('workflow_name: x\nstages: {}\n');
    assert.equal(schema.status, 400);
    assert.deepEqual(schema.body.details.errors.map((e: { path: string }) => e.path).sort(), ['/stages/generate', '/stages/synthesize']);
  });

  test('400: strings Postgres cannot store, from a JSON body or from YAML escapes; a YAML alias bomb (each was a 500)', async () => {
    const headers = await server.auth(uniqueUser());
    const json = await server.http.post(`${base}/workflows`).set(headers).send({ ...researchWorkflow('surrogate'), '\ud800': 1 });
    assert.equal(json.status, 400, json.text);
    assert.match(json.body.details.errors[0].message, /unpaired UTF-16 surrogate/);
    const yaml = (text: string) => server.http.post(`${base}/workflows`).set(headers).set('Content-Type', 'application/yaml').send(text);
    for (const [escape, problem] of [['\\0', /NUL/], ['\\ud800', /unpaired UTF-16 surrogate/]] as const) {
      const res = await yaml(YAML_WORKFLOW.replace('description: Written as YAML', `description: "Written${escape}as YAML"`));
      assert.equal(res.status, 400, res.text);
      assert.deepEqual(res.body.details.errors[0].path, '/description');
      assert.match(res.body.details.errors[0].message, problem);
    }
    const bomb = ['a: &a [1,2,3,4,5,6,7,8,9]', ...'bcde'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcd'[i]}`).join(',')}]`)].join('\n');
    const res = await yaml(`${YAML_WORKFLOW}\n${bomb}\n`);
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.message, 'Request body is not valid YAML');
  });

  test('400: every problem of a definition is named, each at its path', async () => {
    const definition = {
      workflow_name: 'broken',
      stages: {
        generate: {
          parallel: true,
          steps: [
            { name: 'draft', models: ['local-fast'], prompt_template: 'Draft {{topic}} with {{critique}}', output_var: 'drafts', input_vars: ['topic', 'critique'] },
            { name: 'draft', models: ['gpt-17', 'local-fast'], prompt_template: 'Critique {{topic}}', output_var: 'critique', input_vars: ['topic'] },
          ],
        },
        synthesize: { name: 'merge', model: 'local-deep', prompt_template: 'Merge {{drafts}} and {{summary}}', input_vars: ['drafts', 'summary'], output_var: 'brief' },
      },
    };
    const res = await server.http.post(`${base}/workflows`).set(await server.auth(uniqueUser())).send(definition);
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'invalid_request');
    assert.deepEqual(res.body.details.errors, [
      { path: '/stages/generate/steps/1/models/0', message: 'model gpt-17 is not listed by GET /models' },
      { path: '/stages/generate/steps/1/models/1', message: 'model local-fast is already used by step draft' },
      { path: '/stages/generate/steps/1/name', message: 'step name draft is used more than once' },
      { path: '/stages/generate/steps/0/input_vars/1', message: 'reads critique, which no earlier step writes (steps of a parallel stage cannot read each other)' },
      { path: '/stages/synthesize/input_vars/1', message: 'reads summary, which no generate step writes' },
    ]);
  });

  test('400: in a sequential stage a step may read an earlier step, not a later one; duplicate output variables', async () => {
    const definition = researchWorkflow('order', { parallel: false });
    definition.stages.generate.steps[0].input_vars = ['topic', 'angles'];
    definition.stages.generate.steps[1].output_var = 'angles';
    const res = await server.http.post(`${base}/workflows`).set(await server.auth(uniqueUser())).send({
      ...definition,
      stages: { ...definition.stages, synthesize: { ...definition.stages.synthesize, output_var: 'drafts' } },
    });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.details.errors, [
      { path: '/stages/synthesize/output_var', message: 'variable drafts is written by more than one step' },
      { path: '/stages/generate/steps/0/input_vars/1', message: 'reads angles, which no earlier step writes (only step angle, at or after this one, writes it)' },
    ]);
  });

  test('400: a synthesis output_var that is a workflow input (the run would lose the input given); nothing stored', async () => {
    const user = uniqueUser();
    const definition = researchWorkflow('output-over-input');
    const res = await server.http
      .post(`${base}/workflows`)
      .set(await server.auth(user))
      .send({ ...definition, stages: { ...definition.stages, synthesize: { ...definition.stages.synthesize, output_var: 'topic' } } });
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(res.body.details.errors, [
      { path: '/stages/synthesize/output_var', message: 'variable topic is an input of step draft; the synthesis output would replace it' },
    ]);
    assert.equal((await server.http.get(`${base}/workflows/output-over-input`).set(await server.auth(user))).status, 404);
  });

  test('400: a body violating WorkflowDefinition (no synthesize stage)', async () => {
    const { stages } = researchWorkflow('x');
    const res = await server.http.post(`${base}/workflows`).set(await server.auth(uniqueUser())).send({ workflow_name: 'x', stages: { generate: stages.generate } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.details.errors.map((e: { path: string }) => e.path), ['/stages/synthesize']);
  });

  test('401: no bearer token', async () => {
    const res = await server.http.post(`${base}/workflows`).send(researchWorkflow('x'));
    assert.equal(res.status, 401);
  });
});

describe('listWorkflows', () => {
  test("200: the caller's workflows ordered by name, nobody else's", async () => {
    const [user, other] = [uniqueUser(), uniqueUser()];
    await saveWorkflow(server, user, researchWorkflow('zeta'));
    await saveWorkflow(server, user, { ...researchWorkflow('alpha'), description: undefined });
    await saveWorkflow(server, other, researchWorkflow('theirs'));
    const res = await server.http.get(`${base}/workflows`).set(await server.auth(user));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, [
      { name: 'alpha', description: '' },
      { name: 'zeta', description: 'Two drafts, then a merge' },
    ]);
  });

  test('401: no bearer token', async () => {
    assert.equal((await server.http.get(`${base}/workflows`)).status, 401);
  });
});

describe('getWorkflow', () => {
  test('200: the stored definition', async () => {
    const user = uniqueUser();
    await saveWorkflow(server, user, researchWorkflow('brief'));
    const res = await server.http.get(`${base}/workflows/brief`).set(await server.auth(user));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, researchWorkflow('brief'));
  });

  test('400: a name that is not a workflow name', async () => {
    const res = await server.http.get(`${base}/workflows/${encodeURIComponent('no spaces!')}`).set(await server.auth(uniqueUser()));
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'invalid_request');
  });

  test('401: no bearer token', async () => {
    assert.equal((await server.http.get(`${base}/workflows/brief`)).status, 401);
  });

  test("404: unknown, and another user's workflow of that name", async () => {
    const [owner, other] = [uniqueUser(), uniqueUser()];
    await saveWorkflow(server, owner, researchWorkflow('private-brief'));
    const res = await server.http.get(`${base}/workflows/private-brief`).set(await server.auth(other));
    assert.equal(res.status, 404);
    assert.deepEqual(res.body, { code: 'not_found', message: 'Workflow private-brief not found', details: { name: 'private-brief' } });
  });
});

describe('deleteWorkflow', () => {
  test('200: deletes it; then it is 404', async () => {
    const user = uniqueUser();
    const headers = await server.auth(user);
    await saveWorkflow(server, user, researchWorkflow('gone'));
    const res = await server.http.delete(`${base}/workflows/gone`).set(headers);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: 'success' });
    assert.equal((await server.http.get(`${base}/workflows/gone`).set(headers)).status, 404);
    assert.equal((await server.http.delete(`${base}/workflows/gone`).set(headers)).status, 404);
  });

  test('400: a name that is not a workflow name', async () => {
    const res = await server.http.delete(`${base}/workflows/-leading-dash`).set(await server.auth(uniqueUser()));
    assert.equal(res.status, 400);
  });

  test('401: no bearer token', async () => {
    assert.equal((await server.http.delete(`${base}/workflows/x`)).status, 401);
  });

  test("404: another user's workflow is not deleted", async () => {
    const [owner, other] = [uniqueUser(), uniqueUser()];
    await saveWorkflow(server, owner, researchWorkflow('keep'));
    assert.equal((await server.http.delete(`${base}/workflows/keep`).set(await server.auth(other))).status, 404);
    assert.equal((await server.http.get(`${base}/workflows/keep`).set(await server.auth(owner))).status, 200);
  });
});
