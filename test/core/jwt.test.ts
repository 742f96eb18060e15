import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { JwtVerifier } from '../../src/core/jwt.js';

const secret = 'test-secret-for-the-verifier-cache';
const sign = (expiresInSeconds: number) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('cache-user')
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
    .sign(new TextEncoder().encode(secret));

describe('JwtVerifier', () => {
  test('a remembered token is refused once it expires', async (t) => {
    const verifier = new JwtVerifier({ secret });
    const token = await sign(60);
    assert.equal((await verifier.verify(token)).sub, 'cache-user');
    assert.equal((await verifier.verify(token)).sub, 'cache-user');
    // The clock moves past the expiry instead of the test waiting for it (and racing a busy machine).
    t.mock.timers.enable({ apis: ['Date'], now: Date.now() + 61_000 });
    await assert.rejects(verifier.verify(token), /exp/);
  });

  test('a token signed with another secret is refused, and not remembered as valid', async () => {
    const verifier = new JwtVerifier({ secret: 'another-secret-entirely' });
    const token = await sign(60);
    await assert.rejects(verifier.verify(token));
    await assert.rejects(verifier.verify(token));
  });
});
