import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { generatorInput } from '../../scripts/sdk/generator-input.js';
import { generatedSpecFile } from '../../src/apis/generated-spec.js';

const bundled = (slug: string) => JSON.parse(readFileSync(generatedSpecFile(slug), 'utf8'));

test('generator input: webhooks are left out, their payload schemas kept', () => {
  const input = generatorInput(bundled('hypershift'));
  assert.equal(input.webhooks, undefined);
  assert.ok(input.components.schemas.RunCreatedWebhook);
  assert.deepEqual(Object.keys(input.paths), Object.keys(bundled('hypershift').paths));
});

test('generator input: any JSON value written as every type loses the type list', () => {
  const contentJson = generatorInput(bundled('lenserfight')).components.schemas.PlatformExecutionArtifact.properties.contentJson;
  assert.equal(contentJson.type, undefined);
  assert.equal(contentJson.items, undefined);
  assert.equal(contentJson.additionalProperties, undefined);
  assert.ok(contentJson.description);
});

test('generator input: a string in one of several formats is a plain string', () => {
  assert.deepEqual(generatorInput(bundled('orchestrator')).components.schemas.DateOrDateTime, {
    type: 'string',
    description: bundled('orchestrator').components.schemas.DateOrDateTime.description,
  });
});

test('generator input: a oneOf without a discriminator is one object with every branch property, none required', () => {
  const modelResult = generatorInput(bundled('hybrid')).components.schemas.ModelResult;
  assert.equal(modelResult.oneOf, undefined);
  assert.equal(modelResult.required, undefined);
  assert.deepEqual(Object.keys(modelResult.properties).sort(), ['content', 'cost', 'error', 'id', 'model', 'provider', 'tokensUsed']);
});

test('generator input: the bundled spec it reads is left as it was', () => {
  const spec = bundled('hybrid');
  const before = JSON.stringify(spec);
  generatorInput(spec);
  assert.equal(JSON.stringify(spec), before);
});
