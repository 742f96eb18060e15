import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('the dashboard at /app', () => {
  let webDir: string;
  let server: TestServer;
  before(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'web-app-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(webDir, 'assets', 'index-abc.js'), 'console.log(1)');
    server = await startTestServer({ WEB_DIR: webDir }, { apis: ['lenserfight', 'lightning'] });
  });
  after(async () => {
    await server.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  test('serves the built files, and index.html for client routes', async () => {
    const asset = await server.http.get('/app/assets/index-abc.js');
    assert.equal(asset.status, 200);
    assert.match(asset.headers['content-type'], /javascript/);
    for (const path of ['/app', '/app/', '/app/lightning', '/app/hypershift/runs/1']) {
      const page = await server.http.get(path);
      assert.equal(page.status, 200, path);
      assert.match(page.text, /<div id="root">/, path);
    }
  });

  test('the APIs beside it are untouched', async () => {
    assert.equal((await server.http.get('/lenserfight/health')).status, 200);
    assert.equal((await server.http.get('/lightning/api/healthz')).status, 200);
  });

  test('a server without the build says how to make it', async () => {
    const bare = await startTestServer({ WEB_DIR: join(webDir, 'missing') }, { apis: ['lenserfight', 'lightning'] });
    try {
      const res = await bare.http.get('/app/lenserfight');
      assert.equal(res.status, 503);
      assert.match(res.text, /npm run build/);
    } finally {
      await bare.close();
    }
  });
});
