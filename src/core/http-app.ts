import express, { type Express, type Request, type Response, type NextFunction } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { ApiRuntime } from './api-router.js';
import { corsHandler } from './cors.js';
import { servedDocument } from './served-spec.js';
import { HttpError } from './http-error.js';
import { requestIdOf } from './request-id.js';
import { asksForWebSocket, serveIgnoringUpgrade } from './ignored-upgrade.js';
import { docsIndexPage, docsPage, mountDocsAssets, type DocEntry } from './docs.js';
import { APP_PATH, mountWebApp } from './web-app.js';
import { metricsEndpoint } from './metrics/metrics-endpoint.js';
import { refuseUpgrade } from './websocket/upgrade-router.js';
import { malformedRequestHandler, type BareErrorRenderer, type ClientError } from './malformed-request.js';
import type { ServerMetrics } from './metrics/server-metrics.js';

/** The host's own error body, for a request no API owns. */
function hostErrorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/**
 * The request target as a path and query. HTTP/1.1 servers must also accept the absolute form
 * (`GET http://host/path`, what a client sends to a proxy); it is rewritten in place so every later reader of
 * `req.url` (express included) sees the path.
 */
function originForm(req: IncomingMessage): string {
  const url = req.url ?? '/';
  if (url.charCodeAt(0) === 47 || !/^https?:\/\//i.test(url)) return url;
  const { pathname, search } = new URL(url);
  req.url = `${pathname}${search}`;
  return req.url;
}

type Mount = { prefix: string; mount: string; mountSlash: string; prefixSlash: string; runtime: ApiRuntime };

export type HttpHost = {
  /** express, hosting the docs, any middleware users add, and (as middleware) the APIs themselves. */
  app: Express;
  /**
   * The node:http listener to serve: API requests go straight to their runtime, everything else to express.
   * express costs most of a request's time on a small operation, so the hot path does not pass through it.
   */
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  /**
   * For the HTTP server's 'upgrade' event (attach it there: it takes the server as `this`): hands a WebSocket
   * handshake to the channel of the API it names, and serves any other request carrying Upgrade as plain HTTP/1.1.
   */
  upgrade: (this: unknown, req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** For the HTTP server's 'clientError' event: a request node:http cannot parse, refused in its API's envelope. */
  clientError: (err: ClientError, socket: Duplex) => void;
};

/**
 * Hosts the APIs. `prefixed` mounts each API under /<slug> plus its base path; otherwise the single API is
 * served at its native paths.
 */
export function createHttpHost(
  runtimes: ApiRuntime[],
  options: {
    prefixed: boolean;
    logger: Logger;
    metrics?: ServerMetrics;
    /** The dashboard's build, served at /app. */
    webDir?: string;
    /** CORS_ORIGINS: the origins whose pages may call the APIs (see cors.ts); none when unset. */
    corsOrigins?: string;
  },
): HttpHost {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  mountDocsAssets(app);

  const entries: DocEntry[] = [];
  const mounts: Mount[] = [];
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
    const served = { ...servedDocument(runtime.spec.document, runtime.plugin.security ?? {}), servers: [{ url: mount || '/', description: 'This server' }] };
    app.get(entry.specUrl, (_req, res) => void res.json(served));
    app.get(entry.docsUrl, (_req, res) => void res.type('html').send(docsPage(entry)));
    mounts.push({ prefix, mount, mountSlash: `${mount}/`, prefixSlash: `${prefix}/`, runtime });
  }
  app.get('/docs', (_req, res) => void res.type('html').send(docsIndexPage(entries)));
  if (options.metrics) app.get('/metrics', metricsEndpoint(options.metrics, options.logger));
  if (options.webDir) mountWebApp(app, options.webDir);
  // Longest mount first, so /orchestrator/api/v1 is tried before a native '' mount.
  mounts.sort((a, b) => b.mount.length - a.mount.length);
  const reserved = new Set(['/docs', ...(options.metrics ? ['/metrics'] : []), ...entries.flatMap((e) => [e.specUrl, e.docsUrl])]);

  const applyCors = corsHandler(options.corsOrigins, runtimes.map((runtime) => runtime.spec));

  /** Returns true when an API took the request. */
  const dispatch = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = originForm(req);
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    if (reserved.has(path) || path.startsWith('/docs/') || (options.webDir && (path === APP_PATH || path.startsWith(`${APP_PATH}/`)))) return false;
    for (const { mount, mountSlash, runtime } of mounts) {
      if (mount === '' || path === mount || path.startsWith(mountSlash)) {
        if (applyCors?.(req, res)) return true;
        void runtime.handle(req, res, mount, path.slice(mount.length) || '/', q === -1 ? '' : url.slice(q + 1), requestIdOf(req));
        return true;
      }
    }
    const owner = mounts.find(({ prefix, prefixSlash }) => prefix !== '' && (path === prefix || path.startsWith(prefixSlash)));
    if (!owner) return false;
    if (applyCors?.(req, res)) return true;
    owner.runtime.sendBareError(req, res, requestIdOf(req), new HttpError(404, 'not_found', `No route for ${req.method} ${path}`));
    return true;
  };

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!dispatch(req, res)) next();
  });
  app.use((req: Request, res: Response) => {
    res.status(404).set('X-Request-Id', requestIdOf(req)).json(hostErrorBody('not_found', `No route for ${req.method} ${req.path}`));
  });
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    options.logger.error({ err, url: req.url }, 'unhandled error in host');
    res.status(500).json(hostErrorBody('internal_error', 'An unexpected error occurred'));
  });

  // A plain function: as an 'upgrade' listener it is called with the HTTP server as `this`.
  const upgrade = function (this: unknown, req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!asksForWebSocket(req)) return serveIgnoringUpgrade(this, req, socket, head);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const owner = mounts.find(({ mount, mountSlash }) => mount === '' || path.startsWith(mountSlash));
    const channels = owner?.runtime.plugin.channels ?? [];
    if (channels.length > 0) {
      // Channels match paths relative to their API, as its operations do.
      req.url = url.slice(owner!.mount.length);
      if (channels.some((channel) => channel.upgrade(req, socket, head))) return;
    }
    refuseUpgrade(socket);
  };

  const hostError: BareErrorRenderer = (error, requestId) => ({
    body: JSON.stringify(hostErrorBody(error.code, error.message)),
    headers: { 'X-Request-Id': requestId, 'Content-Type': 'application/json; charset=utf-8' },
  });
  /** The API a request line's path belongs to; without a path, the one API served at its native paths, if so. */
  const ownerOf = (path: string | undefined): Mount | undefined => {
    if (path === undefined) return mounts.length === 1 && mounts[0].mount === '' ? mounts[0] : undefined;
    return mounts.find(
      ({ mount, mountSlash, prefix, prefixSlash }) =>
        mount === '' || path === mount || path.startsWith(mountSlash) || (prefix !== '' && (path === prefix || path.startsWith(prefixSlash))),
    );
  };
  const clientError = malformedRequestHandler(
    (path) => {
      const owner = ownerOf(path);
      return owner ? (error, requestId) => owner.runtime.renderBareError(error, requestId) : hostError;
    },
    (err, status) => options.logger.info({ code: err.code, status }, 'refused a request node:http could not parse'),
  );

  return {
    app,
    clientError,
    listener: (req, res) => {
      if (!dispatch(req, res)) app(req as Request, res as Response);
    },
    upgrade,
  };
}
