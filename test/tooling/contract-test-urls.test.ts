import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { schemaArbitrary } from '../../scripts/contract-test/schema-arbitrary.js';

test('a generated uri or url names only an address reserved for documentation, so the server under test contacts no real host', () => {
  for (const format of ['uri', 'url']) {
    const urls = fc.sample(schemaArbitrary({ type: 'string', format }), { numRuns: 500, seed: 3 }) as string[];
    for (const url of urls) {
      const parsed = new URL(url);
      assert.match(parsed.protocol, /^https?:$/, url);
      const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
      assert.ok(ipaddr.isValid(host), `${url} names a host by name, which the server would look up`);
      assert.equal(ipaddr.parse(host).range(), 'reserved', url);
    }
  }
});
