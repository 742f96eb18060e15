import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import supertest from 'supertest';
import { loadConfig } from '../../src/config.js';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { createServer } from '../../src/server.js';
import { embeddedTemplate } from '../support/test-server.js';

const quiet = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' };

describe('serving one API alone (npm start -- --api <slug>)', () => {
  test('LenserFight answers at its native paths and nowhere else', async () => {
    const server = await createServer({ config: loadConfig(quiet), persistent: false, embeddedTemplate, apis: ['lenserfight'] });
    try {
      const api = supertest(server.listener);
      assert.equal((await api.get('/health')).status, 200);
      const token = await server.signToken('solo');
      const run = await api.get('/v1/runs/00000000-0000-4000-8000-000000000000').set('Authorization', `Bearer ${token}`);
      assert.equal(run.status, 404);
      assert.equal(run.body.error.code, 'not_found');
      assert.equal((await api.get('/openapi.json')).body.info.title, 'LenserFight Platform API');
      assert.equal((await api.get('/lightning/api/healthz')).status, 404);
    } finally {
      await server.close();
    }
  });
});

describe('bearer tokens verified against a JWKS URL', () => {
  test('a token signed by a published key is accepted; one signed by another key is not', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const jwks = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    const server = await createServer({ config: loadConfig({ ...quiet, JWT_JWKS_URL: url }), persistent: false, embeddedTemplate, apis: ['lenserfight'] });
    const sign = (key: CryptoKey) => new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('jwks-user').setExpirationTime('5m').sign(key);
    try {
      const api = supertest(server.listener);
      const path = '/v1/runs/00000000-0000-4000-8000-000000000000';
      assert.equal((await api.get(path).set('Authorization', `Bearer ${await sign(privateKey)}`)).status, 404);
      assert.equal((await api.get(path).set('Authorization', `Bearer ${await sign(other.privateKey)}`)).status, 401);
    } finally {
      await server.close();
      jwks.close();
    }
  });
});

describe('embedded database directory', () => {
  test('a second process cannot open a data directory in use; a stale lock is taken over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pglite-lock-'));
    try {
      const first = await startEmbeddedPostgres(dir);
      await assert.rejects(startEmbeddedPostgres(dir), /in use by process/);
      await first.stop();
      writeFileSync(join(dir, 'pglite.lock'), '999999999');
      const again = await startEmbeddedPostgres(dir);
      await again.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run token', () => {
  test('prints, as its last line, a token signed with the dev secret kept under DATA_DIR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'token-'));
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', '--sub', 'bob'], { env: { ...process.env, DATA_DIR: dir, JWT_SECRET: '' }, encoding: 'utf8' });
      const token = out.trim().split('\n').at(-1)!;
      const secret = readFileSync(join(dir, 'jwt-secret'), 'utf8').trim();
      const { payload } = await jwtVerify(token, new TextEncoder().encode(secret));
      assert.equal(payload.sub, 'bob');
      const second = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts'], { env: { ...process.env, DATA_DIR: dir, JWT_SECRET: '' }, encoding: 'utf8' });
      await jwtVerify(second.trim(), new TextEncoder().encode(secret));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
