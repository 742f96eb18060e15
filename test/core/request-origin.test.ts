import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { describe, test } from 'node:test';
import { listenOrigin, requestOriginResolver } from '../../src/core/request-origin.js';

const FALLBACK = 'http://localhost:8787';

function request(headers: Record<string, string | undefined>, peer = '127.0.0.1', encrypted = false): IncomingMessage {
  return { headers, socket: { remoteAddress: peer, encrypted } } as unknown as IncomingMessage;
}

describe('requestOriginResolver', () => {
  const direct = requestOriginResolver(undefined, FALLBACK);
  const proxied = requestOriginResolver('loopback', FALLBACK);

  test('is the Host header with the socket’s scheme', () => {
    assert.equal(direct(request({ host: 'API.Example.test:8443' })), 'http://api.example.test:8443');
    assert.equal(direct(request({ host: 'api.example.test' }, '127.0.0.1', true)), 'https://api.example.test');
    assert.equal(direct(request({ host: '[::1]:8787' })), 'http://[::1]:8787');
    assert.equal(direct(request({ host: 'example.test:65535' })), 'http://example.test:65535');
  });

  test('is the listen address when the Host is missing or names no host (a path, a user, a space)', () => {
    for (const host of [undefined, '', 'evil.test/x', 'user@evil.test', 'a b', 'evil.test:port', '-bad.test', 'evil.test:123456', 'example.test:99999', 'example.test:65536']) {
      assert.equal(direct(request({ host })), FALLBACK, String(host));
    }
  });

  test('ignores forwarded headers unless TRUST_PROXY trusts the socket’s peer', () => {
    const forwarded = { host: 'inner:8787', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'public.example.test' };
    assert.equal(direct(request(forwarded)), 'http://inner:8787');
    assert.equal(proxied(request(forwarded, '203.0.113.9')), 'http://inner:8787');
    assert.equal(proxied(request(forwarded)), 'https://public.example.test');
  });

  test('reads the left-most forwarded value, and falls back on a scheme that is not http or https', () => {
    assert.equal(proxied(request({ host: 'inner', 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'a.example.test, b.example.test' })), 'https://a.example.test');
    assert.equal(proxied(request({ host: 'inner', 'x-forwarded-proto': 'https' })), 'https://inner');
    assert.equal(proxied(request({ host: 'inner', 'x-forwarded-proto': 'javascript' })), FALLBACK);
  });

  test('a hop count trusts the socket’s peer', () => {
    const oneHop = requestOriginResolver('1', FALLBACK);
    assert.equal(oneHop(request({ host: 'inner', 'x-forwarded-host': 'public.example.test' }, '203.0.113.9')), 'http://public.example.test');
  });
});

describe('listenOrigin', () => {
  test('names a wildcard bind localhost and brackets IPv6', () => {
    assert.equal(listenOrigin('0.0.0.0', 80), 'http://localhost:80');
    assert.equal(listenOrigin('::', 8787), 'http://localhost:8787');
    assert.equal(listenOrigin('::1', 8787), 'http://[::1]:8787');
    assert.equal(listenOrigin('127.0.0.1', 8787), 'http://127.0.0.1:8787');
  });
});
