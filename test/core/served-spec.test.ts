import assert from 'node:assert/strict';
import { test } from 'node:test';
import { servedDocument } from '../../src/core/served-spec.js';
import { staticApiKey, unenforced } from '../../src/core/security.js';

const doc = {
  openapi: '3.1.0',
  security: [{ bearer: [] }, { tierKey: [] }],
  paths: {
    '/a': {
      parameters: [],
      get: { operationId: 'a', responses: {} },
      post: { operationId: 'b', security: [{ bearer: [], tierKey: [] }], responses: {} },
      patch: { operationId: 'c', security: [{ tierKey: [] }], responses: {} },
    },
  },
};

test('a scheme that is off on this server is left out of every requirement; one left empty allows anyone', () => {
  const served = servedDocument(doc, { bearer: staticApiKey('k'), tierKey: unenforced() });
  assert.deepEqual(served.security, [{ bearer: [] }, {}]);
  assert.deepEqual(served.paths['/a'].post.security, [{ bearer: [] }]);
  assert.deepEqual(served.paths['/a'].patch.security, [{}]);
  assert.equal('security' in served.paths['/a'].get, false);
  assert.deepEqual(doc.paths['/a'].patch.security, [{ tierKey: [] }], 'the loaded document is not changed');
});

test('with every scheme enforced the document is served as it is', () => {
  assert.equal(servedDocument(doc, { bearer: staticApiKey('k'), tierKey: staticApiKey('t') }), doc);
});
