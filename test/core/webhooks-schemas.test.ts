import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from '../../src/paths.js';
import { SpecWebhookSchemas } from '../../src/core/webhooks/webhook-schemas.js';

const bundle = (slug: string) => join(repoRoot, 'generated', slug, 'openapi.json');

describe('webhook payload schemas from a bundled spec', () => {
  test('every top-level webhook of HyperShift, keyed by name, accepts its documented example and refuses a broken one', () => {
    const spec = JSON.parse(readFileSync(bundle('hypershift'), 'utf8'));
    const validators = SpecWebhookSchemas.fromFile(bundle('hypershift')).allWebhooks();
    assert.deepEqual(Object.keys(validators).sort(), Object.keys(spec.webhooks).sort());
    const example = spec.webhooks['run.created'].post.requestBody.content['application/json'].examples.created.value;
    assert.deepEqual(validators['run.created'](example), []);
    const broken = { ...example, payload: { ...example.payload, run_id: 42 } };
    assert.deepEqual(validators['run.created'](broken), ['/payload/run_id must be string']);
  });

  test("Hybrid's callback, found through the operation that declares it, and its webhook check the same schema", () => {
    const spec = JSON.parse(readFileSync(bundle('hybrid'), 'utf8'));
    const schemas = SpecWebhookSchemas.fromFile(bundle('hybrid'));
    const { callback, webhook } = schemas.validators({
      callback: { callback: 'jobFinished', operationId: 'runHybridPrompt' },
      webhook: { webhook: 'jobFinished' },
    });
    const example = spec.components.examples.JobCompleted.value;
    assert.deepEqual(callback(example), []);
    assert.deepEqual(webhook(example), []);
    const withoutId = { ...example, jobId: undefined };
    assert.ok(callback(withoutId).some((p) => p.includes("required property 'jobId'")));
    assert.deepEqual(callback(withoutId), webhook(withoutId));
  });

  test('a webhook, callback or operation the spec does not declare is an error at start-up, not at send time', () => {
    const schemas = SpecWebhookSchemas.fromFile(bundle('hybrid'));
    assert.throws(() => schemas.validator({ webhook: 'nothing' }), /#\/webhooks\/nothing is not in the spec/);
    assert.throws(() => schemas.validator({ callback: 'nothing', operationId: 'runHybridPrompt' }), /callbacks\/nothing is not in the spec/);
    assert.throws(() => schemas.validator({ callback: 'jobFinished', operationId: 'noSuchOperation' }), /operation noSuchOperation is not in the spec/);
  });
});
