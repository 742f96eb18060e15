import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './generate/paths.js';

export const webOutDir = join(repoRoot, 'dist', 'web');

/** The newest modification time under the dashboard's sources: its own files, the generated clients and the fetch they use. */
function newestSource(): number {
  const roots = [join(repoRoot, 'web'), join(repoRoot, 'generated'), join(repoRoot, 'src', 'client'), join(repoRoot, 'package-lock.json')];
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const root of roots) if (existsSync(root)) visit(root);
  return newest;
}

/**
 * Builds the dashboard into dist/web unless the build there is newer than every source it comes from. Vite is a
 * development dependency: an install without them (`--omit=dev`) serves the APIs and says at /app how to build.
 */
export async function buildWeb({ force = false } = {}): Promise<boolean> {
  const index = join(webOutDir, 'index.html');
  if (!force && existsSync(index) && statSync(index).mtimeMs >= newestSource()) return false;
  const vite = await import('vite').catch(() => undefined);
  if (!vite) {
    console.warn('vite is not installed (an install without dev dependencies): the dashboard at /app is not built');
    return false;
  }
  await vite.build({ configFile: join(repoRoot, 'web', 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
