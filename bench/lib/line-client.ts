// A load client pinned to the client core that reports JSON lines on stdout and reads commands on stdin.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { children, persistBookkeeping } from './bookkeeping.js';
import { CLIENT_CPU, LOGS, ROOT, TSX } from './settings.js';

export type LineClient = { child: ChildProcess; waitFor(type: string, timeoutMs: number): Promise<any>; send(line: string): void };

export function startLineClient(name: string, script: string, env: NodeJS.ProcessEnv): LineClient {
  const log = join(LOGS, `${name}.log`);
  const fd = openSync(log, 'a');
  const child = spawn('taskset', ['-c', CLIENT_CPU, process.execPath, '--max-old-space-size=4096', ...TSX, script], { cwd: ROOT, env, stdio: ['pipe', 'pipe', fd] });
  closeSync(fd);
  children.set(child.pid!, child);
  persistBookkeeping();
  child.on('exit', () => {
    children.delete(child.pid!);
    persistBookkeeping();
  });
  const messages: any[] = [];
  const waiters: (() => void)[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      messages.push(JSON.parse(line));
    } catch {
      return;
    }
    for (const w of waiters.splice(0)) w();
  });
  return {
    child,
    send: (line) => child.stdin!.write(`${line}\n`),
    async waitFor(type, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const found = messages.find((m) => m.type === type);
        if (found) return found;
        if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${readFileSync(log, 'utf8').slice(-2000)}`);
        const left = deadline - performance.now();
        if (left <= 0) return undefined;
        await Promise.race([new Promise<void>((r) => waiters.push(r)), sleep(Math.min(left, 1000))]);
      }
    },
  };
}
