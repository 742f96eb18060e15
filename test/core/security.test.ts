import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HttpError } from '../../src/core/http-error.js';
import { authenticate, staticApiKey, type SecurityHandler } from '../../src/core/security.js';
import type { OperationDef, SecurityRequirement } from '../../src/core/spec-loader.js';

const operation = (security: SecurityRequirement[]): OperationDef => ({ operationId: 'op', method: 'GET', path: '/', parameters: [], responses: {}, security });
const schemes = { key: { type: 'apiKey', in: 'header', name: 'X-Key' }, token: { type: 'http', scheme: 'bearer' }, other: { type: 'apiKey', in: 'query', name: 'k' } };
const request = (headers: Record<string, string> = {}, query = '') => ({ headers, query: new URLSearchParams(query) });
const principal = (subject: string, scheme: string) => ({ subject, scheme, claims: {} });
const asyncOk: SecurityHandler = async (_req, _scheme, name) => principal('async-user', name);
const refuse: SecurityHandler = () => {
  throw new HttpError(401, 'unauthorized', 'refused');
};

describe('security requirements: alternatives ORed, schemes in one requirement ANDed', () => {
  test('an operation without requirements, or with an empty one, is anonymous', async () => {
    assert.equal(authenticate(operation([]), {}, schemes, request()), null);
    assert.equal(await authenticate(operation([{ key: [] }, {}]), { key: refuse }, schemes, request()), null);
  });

  test('an API key handler answers synchronously, without a promise', () => {
    const handlers = { key: staticApiKey('secret', 'svc') };
    assert.deepEqual(authenticate(operation([{ key: [] }]), handlers, schemes, request({ 'x-key': 'secret' })), principal('svc', 'key'));
    assert.throws(() => authenticate(operation([{ key: [] }]), handlers, schemes, request({ 'x-key': 'wrong!' })), (e: HttpError) => e.status === 401);
    assert.throws(() => authenticate(operation([{ other: [] }]), { other: staticApiKey('q') }, schemes, request({}, 'k=nope')), HttpError);
    assert.deepEqual(authenticate(operation([{ other: [] }]), { other: staticApiKey('q') }, schemes, request({}, 'k=q')), principal('api-key', 'other'));
  });

  test('when the first alternative fails, the next one decides, also when it is asynchronous', async () => {
    const outcome = authenticate(operation([{ key: [] }, { token: [] }]), { key: refuse, token: asyncOk }, schemes, request());
    assert.ok(outcome instanceof Promise);
    assert.deepEqual(await outcome, principal('async-user', 'token'));
  });

  test('an asynchronous failure falls through to the next alternative', async () => {
    const asyncRefuse: SecurityHandler = async () => {
      throw new HttpError(401, 'unauthorized', 'async refused');
    };
    const handlers = { token: asyncRefuse, key: staticApiKey('secret') };
    assert.deepEqual(await authenticate(operation([{ token: [] }, { key: [] }]), handlers, schemes, request({ 'x-key': 'secret' })), principal('api-key', 'key'));
    await assert.rejects(Promise.resolve(authenticate(operation([{ token: [] }, { key: [] }]), handlers, schemes, request())), /Missing or invalid X-Key/);
  });

  test('every scheme of one requirement must pass; the last one names the principal', async () => {
    const both = operation([{ key: [], token: [] }]);
    assert.deepEqual(await authenticate(both, { key: staticApiKey('secret'), token: asyncOk }, schemes, request({ 'x-key': 'secret' })), principal('async-user', 'token'));
    assert.throws(() => authenticate(both, { key: staticApiKey('secret'), token: asyncOk }, schemes, request()), /Missing or invalid X-Key/);
  });

  test('the last failure is reported; an error that is not an HttpError is the server failing, never a 401', async () => {
    assert.throws(() => authenticate(operation([{ key: [] }]), { key: refuse }, schemes, request()), /refused/);
    const broken: SecurityHandler = () => {
      throw new Error('database down');
    };
    assert.throws(() => authenticate(operation([{ key: [] }]), { key: broken }, schemes, request()), (e: Error) => !(e instanceof HttpError) && e.message === 'database down');
    const brokenAsync: SecurityHandler = async () => {
      throw new Error('Knex: Timeout acquiring a connection');
    };
    await assert.rejects(
      Promise.resolve(authenticate(operation([{ token: [] }, { key: [] }]), { token: brokenAsync, key: staticApiKey('secret') }, schemes, request())),
      (e: Error) => !(e instanceof HttpError) && /Knex/.test(e.message),
      'a failing check is not passed over to the next alternative as if the credentials were wrong',
    );
    assert.throws(() => authenticate(operation([{ missing: [] }]), {}, schemes, request()), (e: Error) => !(e instanceof HttpError) && /no security handler/.test(e.message));
  });
});
