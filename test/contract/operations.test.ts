import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { allPlugins } from '../../src/apis/index.js';
import { loadConfig } from '../../src/config.js';
import { isNotImplemented } from '../../src/core/not-implemented.js';
import { loadSpec, type LoadedSpec, type OperationDef } from '../../src/core/spec-loader.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createAjv } from '../../src/core/ajv.js';

// The operation list comes from the specs: a new operation is either implemented (and then the coverage
// check demands tests of each documented status) or answers 501 in its API's own error format.
const plugins = allPlugins({ config: loadConfig({}), jwt: () => assert.fail('no auth here') });
const specs = new Map<string, LoadedSpec>();
for (const plugin of plugins) specs.set(plugin.slug, await loadSpec(plugin.specFile));

const ajv = createAjv(false);

function samplePath(op: OperationDef): string {
  return op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema as Record<string, unknown> | undefined;
    if (schema?.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
    if (schema?.type === 'integer' || schema?.type === 'number') return '1';
    return 'sample';
  });
}

/** The operation's first documented JSON error schema, else the API's: either way the API's own error format. */
function errorSchema(op: OperationDef, spec: LoadedSpec): object {
  for (const candidate of [op, ...spec.operations]) {
    const status = Object.keys(candidate.responses).find((s) => /^[45]/.test(s) && candidate.responses[s].content?.['application/json']);
    if (status) return candidate.responses[status].content!['application/json'].schema as object;
  }
  return assert.fail(`${spec.document.info.title} documents no JSON error response`);
}

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

for (const plugin of plugins) {
  const spec = specs.get(plugin.slug)!;
  describe(`${plugin.slug} operations`, () => {
    for (const op of spec.operations) {
      const scaffolded = isNotImplemented(plugin.handlers[op.operationId]);
      test(`${op.operationId} is ${scaffolded ? 'scaffolded and answers 501 in the API error format' : 'implemented'}`, async () => {
        if (!scaffolded) {
          assert.equal(typeof plugin.handlers[op.operationId], 'function');
          return;
        }
        const path = `/${plugin.slug}${spec.basePath}${samplePath(op)}`;
        const res = await server.http[op.method.toLowerCase() as 'get'](path);
        assert.equal(res.status, 501, `${op.method} ${path}`);
        assert.match(res.headers['x-request-id'], /.+/);
        const validate = ajv.compile(errorSchema(op, spec));
        assert.ok(validate(res.body), `${op.operationId}: 501 body ${JSON.stringify(res.body)} is not the API's error format: ${ajv.errorsText(validate.errors)}`);
      });
    }
  });
}

test('prints how many operations are implemented', () => {
  let implemented = 0;
  let total = 0;
  for (const plugin of plugins) {
    for (const op of specs.get(plugin.slug)!.operations) {
      total += 1;
      if (!isNotImplemented(plugin.handlers[op.operationId])) implemented += 1;
    }
  }
  console.log(`implemented ${implemented} of ${total} operations`);
  assert.ok(implemented > 0);
});
