import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import supertest from 'supertest';
import { loadConfig } from '../../src/config.js';
import { createApiHost } from '../../src/core/api-host.js';
import { createLogger } from '../../src/core/logger.js';
import { mockPlugin, withPrefer } from '../../src/core/mock/mock-plugin.js';
import { loadSpecDocument } from '../../src/core/spec-loader.js';
import { createMockServer } from '../../src/mock-server.js';
import { schemaErrors } from '../support/spec-validator.js';

const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' });

describe('mock mode (npm start -- --mock): every API from its spec, no database', () => {
  let http: ReturnType<typeof supertest>;
  before(async () => {
    const server = await createMockServer({ config });
    http = supertest(server.listener);
  });

  test('an operation answers its documented success, valid against its schema, in the API envelope', async () => {
    const res = await http.get('/lenserfight/v1/runs/5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01').set('Authorization', 'Bearer anything');
    assert.equal(res.status, 200);
    assert.deepEqual(schemaErrors('lenserfight', 'PlatformRunStatusEnvelope', res.body), []);
  });

  test('credentials are checked for presence: none is the API’s own 401', async () => {
    const res = await http.get('/lenserfight/v1/runs/5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01');
    assert.equal(res.status, 401);
    assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', res.body), []);
  });

  test('Prefer: code=404 picks the documented 404; an undocumented code is a 400', async () => {
    const res = await http.get('/lenserfight/v1/runs/5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01').set('Authorization', 'Bearer x').set('Prefer', 'code=404');
    assert.equal(res.status, 404);
    assert.deepEqual(schemaErrors('lenserfight', 'ApiErrorEnvelope', res.body), []);
    const bad = await http.get('/lenserfight/v1/runs/5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01').set('Authorization', 'Bearer x').set('Prefer', 'code=418');
    assert.equal(bad.status, 400);
  });

  test('requests are still validated: a bad path value is the API’s 400', async () => {
    const res = await http.get('/lenserfight/v1/runs/not-a-uuid').set('Authorization', 'Bearer x');
    assert.equal(res.status, 400);
  });

  test('a stream replays its example events', async () => {
    const res = await http.get('/lenserfight/v1/runs/5c8f3a9e-0b1d-4c6e-9a51-6d2f0e7b1a01/events').set('Authorization', 'Bearer x');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'], /text\/event-stream/);
    assert.match(res.text, /event: run\.started\ndata: \{"eventType":"run\.started"/);
  });

  test('an API whose handlers are still scaffolds answers from its spec, not 501', async () => {
    const res = await http.get('/hypershift/health');
    assert.notEqual(res.status, 501);
  });
});

describe('mock answers from named examples', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 'examples', version: '1' },
    paths: {
      '/pets/{id}': {
        get: {
          operationId: 'getPet',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: {
            '200': {
              description: 'a pet',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
                  examples: { cat: { value: { name: 'Tom' } }, dog: { value: { name: 'Rex' } } },
                },
              },
            },
            '404': { description: 'none', content: { 'application/json': { schema: { type: 'object' }, examples: { gone: { value: { code: 'gone' } } } } } },
          },
        },
      },
    },
  };
  let http: ReturnType<typeof supertest>;
  before(async () => {
    const spec = await loadSpecDocument(structuredClone(document));
    const plugin = mockPlugin(spec, { slug: 'pets', specFile: '', renderError: (e) => ({ code: e.code, message: e.message }) });
    const host = await createApiHost([{ plugin, spec: Promise.resolve(spec) }], {
      logger: createLogger('silent'),
      validateResponses: true,
      bodyLimitBytes: 1024,
      sseKeepAliveMs: 15000,
      prefixed: false,
    });
    http = supertest(withPrefer(host.listener));
  });
  after(() => undefined);

  test('the first example by default, another by Prefer: example=', async () => {
    assert.deepEqual((await http.get('/pets/1')).body, { name: 'Tom' });
    assert.deepEqual((await http.get('/pets/1').set('Prefer', 'example=dog')).body, { name: 'Rex' });
    const gone = await http.get('/pets/1').set('Prefer', 'example=gone');
    assert.equal(gone.status, 404);
    assert.deepEqual(gone.body, { code: 'gone' });
  });

  test('an unknown example name is a 400 listing the known ones', async () => {
    const res = await http.get('/pets/1').set('Prefer', 'example=fish');
    assert.equal(res.status, 400);
    assert.match(res.body.message, /fish/);
  });
});
