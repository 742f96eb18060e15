import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uniqueUser } from '../support/test-server.js';
import { base, researchWorkflow, saveWorkflow, startHybrid, waitForJob, type HybridServer } from './support.js';

let server: HybridServer;
before(async () => {
  server = await startHybrid();
});
after(() => server.close());

async function run(user: string, body: Record<string, unknown>) {
  return server.http.post(`${base}/run-workflow`).set(await server.auth(user)).send({ userId: user, ...body });
}

describe('runWorkflow', () => {
  test('202: a parallel stage, then synthesis; the job shows every variable and result', async () => {
    const user = uniqueUser();
    await saveWorkflow(server, user, researchWorkflow('research'));
    const res = await run(user, { workflowName: 'research', inputVariables: { topic: 'vector databases' } });
    assert.equal(res.status, 202);
    const job = await waitForJob(server, user, res.body.jobId);
    assert.equal(job.status, 'completed', job.errorInfo);
    assert.equal(job.workflowName, 'research');
    assert.equal(job.promptText, null);
    assert.deepEqual(job.requestedModels, ['local-fast', 'local-balanced']);
    assert.match(job.results['local-fast'].content, /Draft a brief on vector databases\./);
    assert.match(job.results['local-balanced'].content, /contrarian angle on vector databases/);
    assert.deepEqual(Object.keys(job.variables).sort(), ['angles', 'brief', 'drafts', 'topic']);
    assert.equal(job.variables.topic, 'vector databases');
    assert.match(job.variables.drafts, /^### local-fast\n\[local model local-fast/);
    assert.equal(job.synthesisResult.model, 'local-deep');
    assert.equal(job.variables.brief, job.synthesisResult.content);
    // The synthesis prompt had both outputs substituted in.
    assert.match(job.synthesisResult.content, /Merge: ### local-fast/);
  });

  test('202: a sequential stage written as YAML feeds each step the previous output', async () => {
    const user = uniqueUser();
    const yaml = [
      'workflow_name: chain',
      'stages:',
      '  generate:',
      '    parallel: false',
      '    steps:',
      '      - {name: outline, models: [local-fast], prompt_template: "Outline {{topic}}", output_var: outline, input_vars: [topic]}',
      '      - {name: expand, models: [local-balanced], prompt_template: "prompts/expand.md", output_var: draft, input_vars: [outline, tone]}',
      '  synthesize: {name: polish, model: local-deep, prompt_template: "Polish {{draft}}", input_vars: [draft], output_var: final}',
    ].join('\n');
    const saved = await server.http.post(`${base}/workflows`).set(await server.auth(user)).set('Content-Type', 'application/yaml').send(yaml);
    assert.equal(saved.status, 200, saved.text);
    const res = await run(user, { workflowName: 'chain', inputVariables: { topic: 'sourdough', tone: 'dry' } });
    assert.equal(res.status, 202);
    const job = await waitForJob(server, user, res.body.jobId);
    assert.equal(job.status, 'completed');
    // A path-like template still gets its inputs appended: the outline step's output and the tone.
    assert.match(job.results['local-balanced'].content, /prompts\/expand\.md outline: ### local-fast \[local model local-fast/);
    assert.match(job.results['local-balanced'].content, /tone: dry/);
    assert.ok(job.variables.final);
  });

  test('202: a job runs on the definition it was submitted with, even if the workflow is deleted meanwhile', async () => {
    const user = uniqueUser();
    await saveWorkflow(server, user, researchWorkflow('ephemeral'));
    const res = await run(user, { workflowName: 'ephemeral', inputVariables: { topic: 't' } });
    assert.equal((await server.http.delete(`${base}/workflows/ephemeral`).set(await server.auth(user))).status, 200);
    assert.equal((await waitForJob(server, user, res.body.jobId)).status, 'completed');
  });

  test('400: an input variable the workflow needs is missing', async () => {
    const user = uniqueUser();
    await saveWorkflow(server, user, researchWorkflow('needs-topic'));
    const res = await run(user, { workflowName: 'needs-topic', inputVariables: {} });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { code: 'invalid_request', message: 'Missing input variable(s) for workflow needs-topic', details: { missingVariables: ['topic'] } });
  });

  test('variables named like Object members (constructor, toString, __proto__) are plain variables', async () => {
    const user = uniqueUser();
    await saveWorkflow(server, user, {
      workflow_name: 'object-names',
      stages: {
        generate: { steps: [{ name: 'ask', models: ['local-fast'], prompt_template: 'Compare {{constructor}} with {{toString}}', output_var: '__proto__' }] },
        synthesize: { name: 'merge', model: 'local-deep', prompt_template: 'Merge {{__proto__}}', output_var: 'final' },
      },
    });
    const missing = await run(user, { workflowName: 'object-names', inputVariables: { toString: 'strings' } });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.details, { missingVariables: ['constructor'] });

    const res = await run(user, { workflowName: 'object-names', inputVariables: { constructor: 'builders', toString: 'strings' } });
    assert.equal(res.status, 202);
    const job = await waitForJob(server, user, res.body.jobId);
    assert.equal(job.status, 'completed', job.errorInfo);
    assert.match(job.results['local-fast'].content, /Compare builders with strings$/);
    assert.deepEqual(Object.keys(job.variables).sort(), ['__proto__', 'constructor', 'final', 'toString']);
    assert.match(job.variables.__proto__, /^### local-fast\n\[local model local-fast/);
    assert.match(job.synthesisResult.content, /Merge ### local-fast/);
  });

  test('variables named in any script ({{thème}}, {{ résumé }}, {{テーマ}}) are placeholders: required, checked and substituted', async () => {
    const user = uniqueUser();
    const step = { name: 'écrire', models: ['local-fast'], prompt_template: 'Écris sur {{thème}} pour {{テーマ}}', output_var: 'résumé' };
    const refused = await server.http
      .post(`${base}/workflows`)
      .set(await server.auth(user))
      .send({ workflow_name: 'unicode', stages: { generate: { steps: [step] }, synthesize: { name: 'fusion', model: 'local-deep', prompt_template: 'Fusionne {{ résumé }} et {{rédaction}}', output_var: 'fin' } } });
    assert.equal(refused.status, 400, refused.text);
    assert.deepEqual(refused.body.details.errors, [{ path: '/stages/synthesize/prompt_template', message: 'reads rédaction, which no generate step writes' }]);

    await saveWorkflow(server, user, { workflow_name: 'unicode', stages: { generate: { steps: [step] }, synthesize: { name: 'fusion', model: 'local-deep', prompt_template: 'Fusionne {{ résumé }}', output_var: 'fin' } } });
    const missing = await run(user, { workflowName: 'unicode', inputVariables: { thème: 'les bases vectorielles' } });
    assert.equal(missing.status, 400, missing.text);
    assert.deepEqual(missing.body.details, { missingVariables: ['テーマ'] });

    const res = await run(user, { workflowName: 'unicode', inputVariables: { thème: 'les bases vectorielles', テーマ: '初心者' } });
    assert.equal(res.status, 202, res.text);
    const job = await waitForJob(server, user, res.body.jobId);
    assert.equal(job.status, 'completed', job.errorInfo);
    assert.match(job.results['local-fast'].content, /Écris sur les bases vectorielles pour 初心者$/);
    assert.match(job.synthesisResult.content, /Fusionne ### local-fast \[local model local-fast/);
  });

  test('a prompt over 4,000,000 characters is never built: 400 when the inputs make it so, a failed job when outputs do', async () => {
    const user = uniqueUser();
    // A 1 KB template placing one input 200 times: with a 25,000-character input, a prompt of 5,000,000 characters.
    await saveWorkflow(server, user, {
      workflow_name: 'repeat-input',
      stages: {
        generate: { steps: [{ name: 'echo', models: ['local-fast'], prompt_template: '{{t}}'.repeat(200), output_var: 'x' }] },
        synthesize: { name: 'merge', model: 'local-deep', prompt_template: '{{x}}', output_var: 'y' },
      },
    });
    const refused = await run(user, { workflowName: 'repeat-input', inputVariables: { t: 'y'.repeat(25_000) } });
    assert.equal(refused.status, 400, refused.text);
    assert.deepEqual(refused.body, {
      code: 'invalid_request',
      message: 'The prompt of step echo would be 5000000 characters, over the limit of 4000000',
      details: { maxChars: 4_000_000, steps: [{ step: 'echo', chars: 5_000_000 }] },
    });
    const fits = await run(user, { workflowName: 'repeat-input', inputVariables: { t: 'y'.repeat(20_000) } });
    assert.equal(fits.status, 202, 'exactly 4,000,000 characters is allowed');
    assert.equal((await waitForJob(server, user, fits.body.jobId)).status, 'completed');

    // The synthesis places the step's output (about 360 characters) 12,000 times: known only once the step ran.
    await saveWorkflow(server, user, {
      workflow_name: 'repeat-output',
      stages: {
        generate: { steps: [{ name: 'draft', models: ['local-fast'], prompt_template: 'Draft {{topic}}', output_var: 'x' }] },
        synthesize: { name: 'merge', model: 'local-deep', prompt_template: '{{x}}'.repeat(12_000), output_var: 'y' },
      },
    });
    const res = await run(user, { workflowName: 'repeat-output', inputVariables: { topic: 'tabs '.repeat(100) } });
    assert.equal(res.status, 202, res.text);
    const job = await waitForJob(server, user, res.body.jobId);
    assert.equal(job.status, 'failed');
    assert.match(job.errorInfo, /^The prompt of step merge would be \d{7} characters, over the limit of 4000000$/);
    assert.equal(job.synthesisResult, null, 'nothing was sent for synthesis');
    assert.match(job.variables.x, /^### local-fast\n/);
  });

  test('400: inputVariables values must be strings', async () => {
    const user = uniqueUser();
    const res = await run(user, { workflowName: 'x', inputVariables: { topic: 3 } });
    assert.equal(res.status, 400);
  });

  test('401: no bearer token', async () => {
    assert.equal((await server.http.post(`${base}/run-workflow`).send({ userId: 'u', workflowName: 'x' })).status, 401);
  });

  test('403: a userId that is not the token subject', async () => {
    const user = uniqueUser();
    const res = await server.http.post(`${base}/run-workflow`).set(await server.auth(user)).send({ userId: uniqueUser(), workflowName: 'x' });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'forbidden');
  });

  test("404: an unknown workflow, and another user's", async () => {
    const [owner, other] = [uniqueUser(), uniqueUser()];
    await saveWorkflow(server, owner, researchWorkflow('owned'));
    const res = await run(other, { workflowName: 'owned', inputVariables: { topic: 't' } });
    assert.equal(res.status, 404);
    assert.deepEqual(res.body, { code: 'not_found', message: 'Workflow owned not found', details: { workflowName: 'owned' } });
  });
});
