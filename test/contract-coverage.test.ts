import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allPlugins } from '../src/apis/index.js';
import { loadConfig } from '../src/config.js';
import { isNotImplemented } from '../src/core/not-implemented.js';
import { loadSpec } from '../src/core/spec-loader.js';

// Runs after every other test file: each implemented operation must have been exercised, through the
// spec-validating runtime, with every status code its spec documents.
const dir = process.env.CONTRACT_COVERAGE_DIR;

test('every documented status of every implemented operation was exercised by a test', { skip: !dir && 'run through npm test' }, async () => {
  const seen = new Set<string>();
  for (const file of readdirSync(dir!)) {
    for (const line of readFileSync(join(dir!, file), 'utf8').split('\n').filter(Boolean)) {
      const { slug, operationId, status } = JSON.parse(line);
      seen.add(`${slug} ${operationId} ${status}`);
    }
  }
  const missing: string[] = [];
  let implemented = 0;
  let total = 0;
  for (const plugin of allPlugins({ config: loadConfig({}), jwt: () => assert.fail('unused') })) {
    const spec = await loadSpec(plugin.specFile);
    for (const op of spec.operations) {
      total += 1;
      if (isNotImplemented(plugin.handlers[op.operationId])) continue;
      implemented += 1;
      for (const status of Object.keys(op.responses)) {
        if (!seen.has(`${plugin.slug} ${op.operationId} ${status}`)) missing.push(`${plugin.slug} ${op.operationId} ${status}`);
      }
    }
  }
  console.log(`implemented ${implemented} of ${total} operations`);
  assert.deepEqual(missing, [], `documented statuses no test produced:\n${missing.join('\n')}`);
});
