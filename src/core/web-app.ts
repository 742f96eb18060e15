import express, { type Express } from 'express';
import { join } from 'node:path';

export const APP_PATH = '/app';

/**
 * The dashboard's built files at /app. Client routes (/app/lightning/...) get index.html, so a reload or a shared
 * link opens the page it names; a server without the build says how to make it.
 */
export function mountWebApp(app: Express, dir: string): void {
  app.use(APP_PATH, express.static(dir, { index: false, redirect: false }));
  const index = join(dir, 'index.html');
  app.get([APP_PATH, `${APP_PATH}/*path`], (_req, res) => {
    res.type('html').sendFile(index, (err) => {
      if (err && !res.headersSent) res.status(503).type('text').send('The dashboard is not built: run `npm run build` (or `npm start`, which builds it).');
    });
  });
}
