import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../scripts/generate/paths.js';

export const screenshotDir = join(repoRoot, 'test-results');

/** Debian's chromium (Playwright's own browser download cannot work here); CHROMIUM_PATH names another. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

export type Dashboard = {
  base: string;
  browser: Browser;
  /**
   * A fresh page (its own storage), failing the test if it loads anything from outside the server. `via` opens it
   * through another origin that forwards to the server (a test's proxy); requests there count as the server's.
   * `viewport` is a desktop window unless given (a phone's, say).
   */
  open(path: string, via?: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Every request a page made to another origin; empty when the dashboard loads nothing from outside. */
  foreignRequests: string[];
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
};

/**
 * Starts the built server (`npm run build` first; test:e2e does) on a free port with a throwaway embedded
 * database, and a headless Chromium to drive it.
 */
export async function startDashboard(env: Record<string, string> = {}): Promise<Dashboard> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'dashboard-e2e-'));
  const server: ChildProcess = spawn(process.execPath, [join(repoRoot, 'dist', 'main.cjs')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  let browser: Browser;
  try {
    await waitForServer(base, exited);
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  } catch (err) {
    // Without this the server outlives a failed start (no browser installed, say) and holds the test file open.
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const foreignRequests: string[] = [];
  mkdirSync(screenshotDir, { recursive: true });
  return {
    base,
    browser,
    foreignRequests,
    async open(path, via = base, viewport = { width: 1280, height: 860 }) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      page.on('request', (request) => {
        if (!request.url().startsWith(via) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
      });
      await page.goto(`${via}${path}`);
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      server.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForServer(base: string, exited: Promise<unknown>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  // The first start creates the embedded database: allow it three minutes on a slow machine (two cores shared with
  // other test runs took over a minute).
  for (let i = 0; i < 1800; i++) {
    if (gone) throw new Error('the server exited before it listened');
    try {
      if ((await fetch(`${base}/app/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer at ${base} within three minutes`);
}
