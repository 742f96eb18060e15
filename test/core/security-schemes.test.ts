import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { HttpError } from '../../src/core/http-error.js';
import { bearerMacaroon, mintMacaroon } from '../../src/core/macaroons.js';
import { authenticate, configuredApiKey, constantTimeEqual } from '../../src/core/security.js';
import type { Principal } from '../../src/core/handler-types.js';
import type { OperationDef, SecurityRequirement } from '../../src/core/spec-loader.js';

const operation = (security: SecurityRequirement[]): OperationDef => ({ operationId: 'op', method: 'GET', path: '/', parameters: [], responses: {}, security });
const schemes = { session: { type: 'http', scheme: 'bearer', bearerFormat: 'macaroon' }, secret: { type: 'apiKey', in: 'header', name: 'X-Webhook-Secret' } };
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, query: new URLSearchParams() });
const is401 = (message: RegExp) => (err: unknown) => err instanceof HttpError && err.status === 401 && message.test(err.message);

describe('bearer macaroons (Lightning sessions)', () => {
  const rootKey = randomBytes(32);
  const keys = new Map([['session-1', rootKey]]);
  const handler = bearerMacaroon({ rootKeyFor: async (id) => keys.get(id) });
  const inAnHour = new Date(Date.now() + 3_600_000).toISOString();

  test('a macaroon minted with the session root key names the session', async () => {
    const token = mintMacaroon({ rootKey, identifier: 'session-1', caveats: { expires: inAnHour } });
    assert.match(token, /^[A-Za-z0-9_-]+$/, 'base64url, safe in a header');
    const principal = await authenticate(operation([{ session: [] }]), { session: handler }, schemes, bearer(token));
    assert.equal(principal?.subject, 'session-1');
    assert.equal(principal?.scheme, 'session');
  });

  test('an expired caveat, a foreign key, an unknown session, a tampered or garbled token are 401', async () => {
    const cases: [string, RegExp][] = [
      [mintMacaroon({ rootKey, identifier: 'session-1', caveats: { expires: new Date(Date.now() - 1000).toISOString() } }), /expired/],
      [mintMacaroon({ rootKey: randomBytes(32), identifier: 'session-1', caveats: { expires: inAnHour } }), /invalid/],
      [mintMacaroon({ rootKey, identifier: 'session-2', caveats: { expires: inAnHour } }), /invalid/],
      [mintMacaroon({ rootKey, identifier: 'session-1', caveats: { scope: 'admin' } }), /invalid/],
      ['not-a-macaroon', /malformed/],
    ];
    for (const [token, message] of cases) {
      await assert.rejects(Promise.resolve(authenticate(operation([{ session: [] }]), { session: handler }, schemes, bearer(token))), is401(message), token);
    }
    const tampered = mintMacaroon({ rootKey, identifier: 'session-1', caveats: { expires: inAnHour } });
    const flipped = tampered.slice(0, -3) + (tampered.at(-3) === 'A' ? 'B' : 'A') + tampered.slice(-2);
    await assert.rejects(Promise.resolve(authenticate(operation([{ session: [] }]), { session: handler }, schemes, bearer(flipped))), is401(/invalid|malformed/));
  });
});

describe('a secret header enforced only when configured (HyperShift X-Webhook-Secret)', () => {
  const op = operation([{ secret: [] }]);
  const withHeader = (value?: string) => ({ headers: value === undefined ? {} : { 'x-webhook-secret': value }, query: new URLSearchParams() });

  test('configured: the exact secret passes; a missing or different one is 401', () => {
    const handlers = { secret: configuredApiKey('s3cret', 'stripe') };
    assert.equal((authenticate(op, handlers, schemes, withHeader('s3cret')) as Principal).subject, 'stripe');
    assert.throws(() => authenticate(op, handlers, schemes, withHeader()), is401(/X-Webhook-Secret/));
    assert.throws(() => authenticate(op, handlers, schemes, withHeader('s3cret!')), is401(/X-Webhook-Secret/));
  });

  test('unconfigured: the header is not checked', () => {
    const handlers = { secret: configuredApiKey(undefined) };
    assert.equal((authenticate(op, handlers, schemes, withHeader()) as Principal).subject, 'anonymous');
    assert.equal((authenticate(op, handlers, schemes, withHeader('anything')) as Principal).subject, 'anonymous');
  });

  test('secrets compare equal only when identical, whatever their lengths', () => {
    assert.equal(constantTimeEqual('abc', 'abc'), true);
    assert.equal(constantTimeEqual('abc', 'abd'), false);
    assert.equal(constantTimeEqual('ab', 'abc'), false);
    assert.equal(constantTimeEqual('', ''), true);
    assert.equal(constantTimeEqual('abcd', 'abc'), false);
    assert.equal(constantTimeEqual('', 'abc'), false);
    assert.equal(constantTimeEqual('abc\u0000', 'abc'), false);
    assert.equal(constantTimeEqual('ключ-é', 'ключ-é'), true);
    assert.equal(constantTimeEqual('ключ-e', 'ключ-é'), false);
  });
});

describe('caveat checks see the identifier', () => {
  test('a caveat binding the macaroon to its own session passes; one naming another session is refused', async () => {
    const rootKey = randomBytes(32);
    const handler = bearerMacaroon({
      rootKeyFor: async () => rootKey,
      check: (key, value, _now, identifier) => (key === 'session' && value === identifier ? null : 'wrong session'),
    });
    const own = mintMacaroon({ rootKey, identifier: 's-1', caveats: { session: 's-1' } });
    const other = mintMacaroon({ rootKey, identifier: 's-1', caveats: { session: 's-2' } });
    assert.equal((await authenticate(operation([{ session: [] }]), { session: handler }, schemes, bearer(own)))?.subject, 's-1');
    await assert.rejects(Promise.resolve(authenticate(operation([{ session: [] }]), { session: handler }, schemes, bearer(other))), is401(/invalid/));
  });
});
