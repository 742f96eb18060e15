import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { repoRoot } from '../../src/paths.js';
import { testQueueSchema } from './queue-schema.js';

export type ServerProcess = { base: string; port: number; child: ChildProcess; stop(): Promise<void> };

/** Starts a server in a child process of its own (test/support/server-process.ts) with `env`, and waits until it listens. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/server-process.ts'], {
    cwd: repoRoot,
    // Every process a test starts shares its file's queue schema, as processes of one deployment do.
    env: { ...process.env, QUEUE_SCHEMA: testQueueSchema, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`server process exited with ${code} before listening`);
  });
  const listening = (async () => {
    for await (const line of lines) {
      if (line.startsWith('{"port"')) return JSON.parse(line).port as number;
    }
    throw new Error('server process closed its output before listening');
  })();
  const port = await Promise.race([listening, exited]);
  exited.catch(() => {});
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
