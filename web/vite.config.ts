import react from '@vitejs/plugin-react';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
// `npm run dev:web`: the pages with hot reload, every API request passed to a running server (`npm start`).
const server = process.env.DASHBOARD_API_URL ?? 'http://127.0.0.1:8787';
const apiPrefixes = ['/lenserfight', '/lightning', '/hybrid', '/hypershift', '/orchestrator', '/docs'];

export default defineConfig({
  root: here,
  base: '/app/',
  plugins: [react()],
  build: { outDir: join(here, '..', 'dist', 'web'), emptyOutDir: true, chunkSizeWarningLimit: 1500, reportCompressedSize: false },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.DASHBOARD_DEV_PORT ?? 5173),
    proxy: Object.fromEntries(apiPrefixes.map((prefix) => [prefix, { target: server, ws: prefix === '/orchestrator' }])),
  },
});
