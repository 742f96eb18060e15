import express, { type Express, type Request, type Response, type NextFunction } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ApiRuntime } from './api-router.js';
import { HttpError } from './http-error.js';
import { docsIndexPage, docsPage, mountDocsAssets, type DocEntry } from './docs.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

function requestIdOf(req: Request): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * express hosts the APIs (and docs, and whatever middleware users bring). Each API is one mounted function that
 * does its own routing, so express only matches a prefix per request. `prefixed` mounts each API under /<slug>;
 * otherwise the single API is served at its native paths.
 */
export function createHttpApp(runtimes: ApiRuntime[], options: { prefixed: boolean; logger: Logger }): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  mountDocsAssets(app);

  const entries: DocEntry[] = [];
  const mounts: { prefix: string; mount: string; runtime: ApiRuntime }[] = [];
  for (const runtime of runtimes) {
    const prefix = options.prefixed ? `/${runtime.plugin.slug}` : '';
    const mount = `${prefix}${runtime.spec.basePath}`;
    const entry: DocEntry = {
      slug: runtime.plugin.slug,
      title: String(runtime.spec.document.info?.title ?? runtime.plugin.slug),
      specUrl: `${prefix}/openapi.json`,
      docsUrl: `${prefix}/docs`,
    };
    entries.push(entry);
    const served = { ...runtime.spec.document, servers: [{ url: mount || '/', description: 'This server' }] };
    app.get(entry.specUrl, (_req, res) => void res.json(served));
    app.get(entry.docsUrl, (_req, res) => void res.type('html').send(docsPage(entry)));
    mounts.push({ prefix, mount, runtime });
  }
  app.get('/docs', (_req, res) => void res.type('html').send(docsIndexPage(entries)));

  // Longest mount first, so /orchestrator/api/v1 is tried before a native '' mount.
  mounts.sort((a, b) => b.mount.length - a.mount.length);
  app.use((req: Request, res: Response) => {
    const requestId = requestIdOf(req);
    const [path, search = ''] = req.url.split('?', 2) as [string, string?];
    for (const { mount, runtime } of mounts) {
      if (mount === '' || path === mount || path.startsWith(`${mount}/`)) {
        return void runtime.handle(req, res, path.slice(mount.length) || '/', search, requestId);
      }
    }
    const owner = mounts.find(({ prefix }) => prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`)));
    const error = new HttpError(404, 'not_found', `No route for ${req.method} ${path}`);
    if (owner) return void owner.runtime.sendBareError(req, res, requestId, error);
    res.status(404).set('X-Request-Id', requestId).json({ error: { code: error.code, message: error.message } });
  });

  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    options.logger.error({ err, url: req.url }, 'unhandled error in host');
    res.status(500).json({ error: { code: 'internal_error', message: 'An unexpected error occurred' } });
  });
  return app;
}
