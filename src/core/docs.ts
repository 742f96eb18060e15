import express, { type Express } from 'express';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

// Resolved, not required: requiring swagger-ui-dist loads its whole 1 MB bundle into the server.
const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

export type DocEntry = { slug: string; title: string; specUrl: string; docsUrl: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Swagger UI served from this server's own assets: the docs page loads nothing from outside. */
export function mountDocsAssets(app: Express): void {
  app.use('/docs/assets', express.static(swaggerUiDir, { index: false }));
}

export function docsPage(entry: DocEntry): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(entry.title)} — API docs</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: ${JSON.stringify(entry.specUrl)}, dom_id: '#swagger-ui', deepLinking: true });</script>
</body></html>`;
}

export function docsIndexPage(entries: DocEntry[]): string {
  const items = entries
    .map((e) => `<li><a href="${e.docsUrl}">${escapeHtml(e.title)}</a> (<code>${e.slug}</code>) — <a href="${e.specUrl}">openapi.json</a></li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API docs</title></head>
<body><h1>APIs served here</h1><ul>${items}</ul></body></html>`;
}
