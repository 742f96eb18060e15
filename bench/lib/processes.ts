// Child processes pinned to a core: starting and stopping them, talking HTTP to them, and reading their
// memory and CPU time (and the cores') from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { children, log, persistBookkeeping, warn } from './bookkeeping.js';
import { CLK_TCK, HOST, LOGS, RETRY_WAIT_MS, ROOT, SERVER_CPU } from './settings.js';

/** Starts `node <args>` pinned to `cpu`; stdout and stderr go to bench/.cache/logs/<name>.log. */
export function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv, cpu: string): ChildProcess {
  const fd = openSync(join(LOGS, `${name}.log`), 'a');
  const child = spawn('taskset', ['-c', cpu, process.execPath, ...args], { cwd: ROOT, env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  // taskset execs node, so this pid is the server's own.
  children.set(child.pid!, child);
  persistBookkeeping();
  child.on('exit', (code, signal) => {
    children.delete(child.pid!);
    persistBookkeeping();
    if (!stopping.has(child)) warn(`${name} (pid ${child.pid}) exited on its own: ${signal ?? `code ${code}`}`);
  });
  return child;
}

const stopping = new WeakSet<ChildProcess>();

export async function stopProcess(child: ChildProcess): Promise<void> {
  stopping.add(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killed = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!killed) {
    child.kill('SIGKILL');
    await exited;
  }
}

function logTail(name: string, lines = 15): string {
  try {
    return readFileSync(join(LOGS, `${name}.log`), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export type Reply = { status: number; body: string };
export function request(method: string, url: string, headers: Record<string, string> = {}, body?: string, timeoutMs = 10_000): Promise<Reply> {
  const target = new URL(url);
  if (target.hostname !== HOST) throw new Error(`refusing to contact ${target.hostname}`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: HOST,
        port: target.port,
        path: target.pathname + target.search,
        method,
        agent: false,
        timeout: timeoutMs,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** Polls until `url` answers `status`; returns ms since `since`. Throws if the process exits first. */
export async function waitForStatus(
  child: ChildProcess,
  name: string,
  url: string,
  headers: Record<string, string>,
  since: number,
  timeoutMs = 180_000,
  intervalMs = 20,
  expected = 200,
): Promise<number> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}):\n${logTail(name)}`);
    try {
      const reply = await request('GET', url, headers, undefined, 5000);
      if (reply.status === expected) return performance.now() - since;
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs) throw new Error(`${name} was not ready after ${timeoutMs} ms:\n${logTail(name)}`);
    await sleep(intervalMs);
  }
}

export type Server = { name: string; child: ChildProcess; pid: number; port: number; base: string };
let nextPort = Number(process.env.BENCH_PORT_BASE ?? 9300 + Math.floor(Math.random() * 200));
/** Hands out a port the way startServer does, for a process started without it. */
export const takePort = () => nextPort++;

/** Starts a server and waits for its probe; a framework server that fails (a concurrent edit) is retried after a minute. */
export async function startServer(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  probe: (base: string) => { url: string; headers?: Record<string, string> },
  attempts = 3,
): Promise<Server> {
  for (let attempt = 1; ; attempt++) {
    const port = nextPort++;
    const base = `http://${HOST}:${port}`;
    const child = startProcess(name, args, { ...env, PORT: String(port) }, SERVER_CPU);
    const { url, headers = {} } = probe(base);
    try {
      const ms = await waitForStatus(child, name, url, headers, performance.now());
      log(`${name} ready on ${port} (pid ${child.pid}) after ${Math.round(ms)} ms`);
      return { name, child, pid: child.pid!, port, base };
    } catch (err) {
      await stopProcess(child);
      if (attempt >= attempts) throw err;
      warn(`${name} failed to start (attempt ${attempt}; retried after ${RETRY_WAIT_MS / 1000} s): ${(err as Error).message.split('\n')[0]}`);
      log(`${name}'s log ends:\n${logTail(name, 5)}`);
      await sleep(RETRY_WAIT_MS);
    }
  }
}

export function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Busy and total jiffies of one core, from /proc/stat (busy = everything but idle and iowait). */
export function coreTimes(cpu: string): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith(`cpu${cpu} `));
  if (!line) return { busy: NaN, total: NaN };
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - v[3] - v[4], total };
}

export const busyBetween = (a: { busy: number; total: number }, b: { busy: number; total: number }) => (b.busy - a.busy) / (b.total - a.total);

/** CPU seconds used so far by each process named postgres (the server and its backends; only read). */
export function postgresCpu(): Map<string, number> {
  const byPid = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byPid.set(entry, (Number(fields[11]) + Number(fields[12])) / CLK_TCK);
    } catch {
      // gone meanwhile
    }
  }
  return byPid;
}

/** Postgres CPU seconds between two snapshots, per process (a backend that exited in between is not counted). */
export function postgresCpuBetween(before: Map<string, number>, after: Map<string, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return NaN;
  }
}
