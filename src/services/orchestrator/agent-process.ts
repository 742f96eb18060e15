import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FromAgent, LogLine, ToAgent, Usage } from './agent-protocol.js';
import { RuntimeBusy } from './runtime.js';
import { Cancelled, type LogLevel, type WalkHost, type WalkResult } from './workflow-run.js';
import { repoRoot } from '../../paths.js';
import { lazyRequire } from '../../core/lazy.js';

/**
 * Node's child_process and readline (with net and dgram), loaded when the first agent process starts: a server with
 * no agent deployed never needs them, and loading them was a few milliseconds of every start on one core.
 */
const childProcess = lazyRequire<typeof import('node:child_process')>('node:child_process');
const readline = lazyRequire<typeof import('node:readline')>('node:readline');

const STOP_GRACE_MS = 3_000;
/** How long a run's end waits for log lines the process wrote before it but stdout has not yet delivered. */
const LOG_LINES_GRACE_MS = 2_000;

export type AgentProcessEvents = {
  /** A line the process wrote: its JSON log lines, or plain text (stdout INFO, stderr ERROR). */
  line(level: LogLevel, message: string, source: string): void;
  usage(usage: Usage): void;
  /** The process ended without being asked to. */
  died(reason: string): void;
};

type Host = Pick<WalkHost, 'advance' | 'complete'>;
/** The process was stopped on purpose while it ran an execution: whoever stopped it records how the execution ended. */
export class ProcessStopped extends Error {}

type Run = { host: Host; resolve: (result: WalkResult | 'cancelled') => void; reject: (err: Error) => void };

/**
 * The program an agent process runs: the TypeScript source under tsx in development and tests, the bundled
 * `dist/orchestrator-agent.mjs` when it runs from the bundle `npm start` builds.
 */
function agentProgram(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return { file: join(dirname(here), 'agent-program.ts'), execArgv: ['--import', 'tsx'] };
  // From the project root rather than beside `here`, which is the server's bundle (dist/server.cjs) when bundled.
  const bundled = join(repoRoot, 'dist', 'orchestrator-agent.mjs');
  if (!existsSync(bundled)) throw new Error(`agent program not found at ${bundled}: run npm run build`);
  return { file: bundled, execArgv: ['--enable-source-maps'] };
}

/** One deployed agent's child process, as the server that forked it sees it. */
export class AgentProcess {
  private readonly runs = new Map<string, Run>();
  private stopping = false;
  /** Log lines read from the process's stdout, and the ends of runs waiting for lines not yet read. */
  private logLinesRead = 0;
  private waitingForLines: { count: number; go: () => void }[] = [];
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly events: AgentProcessEvents,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.on('message', (message: FromAgent) => this.onMessage(message));
    child.once('exit', (code, signal) => this.onExit(code, signal));
    // A process that is gone is reported by 'exit'; an error here (a kill that failed) must not stop the server.
    child.on('error', (err) => events.line('ERROR', `Agent process error: ${err.message}`, 'container'));
    const lines = (stream: NodeJS.ReadableStream, level: LogLevel, source: string) =>
      readline().createInterface({ input: stream }).on('line', (text) => {
        const parsed = parseLine(text);
        if (parsed) {
          events.line(parsed.level, parsed.message, parsed.source);
          if (stream === child.stdout) this.lineRead();
        } else if (text.trim() !== '') events.line(level, text, source);
      });
    lines(child.stdout!, 'INFO', 'stdout');
    lines(child.stderr!, 'ERROR', 'stderr');
  }

  /** Forks the agent program and resolves once it reports ready with its first measurement. */
  static start(agent: { name: string; reportEveryMs: number; readyTimeoutMs: number }, events: AgentProcessEvents): Promise<{ process: AgentProcess; usage: Usage }> {
    const program = agentProgram();
    const child = childProcess().fork(program.file, [], {
      execArgv: program.execArgv,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { PATH: process.env.PATH ?? '', NODE_ENV: process.env.NODE_ENV ?? '', AGENT_NAME: agent.name, AGENT_REPORT_MS: String(agent.reportEveryMs) },
    });
    const handle = new AgentProcess(child, events);
    return new Promise((resolve, reject) => {
      // A process that is slow to start is a machine busy starting others, not a broken agent: the deploy may be tried again.
      const seconds = agent.readyTimeoutMs / 1000;
      const timer = setTimeout(() => fail(new RuntimeBusy(`Agent process did not become ready within ${seconds} s; the container runtime is busy`)), agent.readyTimeoutMs);
      const fail = (err: Error) => {
        clearTimeout(timer);
        child.off('message', onReady);
        void handle.stop();
        reject(err);
      };
      const onReady = (message: FromAgent) => {
        if (message.type !== 'ready') return;
        clearTimeout(timer);
        child.off('exit', onEarlyExit);
        child.off('error', fail);
        resolve({ process: handle, usage: message.usage });
      };
      const onEarlyExit = (code: number | null, signal: string | null) => fail(new Error(`agent process exited while starting (${signal ?? `code ${code}`})`));
      child.on('message', onReady);
      child.once('exit', onEarlyExit);
      child.once('error', fail);
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Hands an execution to the process; resolves with its result, or `cancelled` when the host cancelled it. */
  run(message: Extract<ToAgent, { type: 'run' }>, host: Host): Promise<WalkResult | 'cancelled'> {
    return new Promise((resolve, reject) => {
      if (!this.child.connected) return reject(new Error(`agent process ${this.pid} is not running`));
      this.runs.set(message.executionId, { host, resolve, reject });
      this.send(message);
    });
  }

  /** SIGTERM, then SIGKILL if it has not exited within the grace period; resolves once it is gone. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }

  private onMessage(message: FromAgent): void {
    if (message.type === 'usage') this.events.usage(message.usage);
    else if (message.type === 'done') {
      const run = this.runs.get(message.executionId);
      this.runs.delete(message.executionId);
      // The run's last log lines (its failure, say) are handed on before its end: whoever records the end then finds them.
      this.afterLogLines(message.logLines, () => {
        if (message.result) run?.resolve(message.result);
        else if (message.cancelled) run?.resolve('cancelled');
        else run?.reject(new Error(message.error ?? 'agent process failed the execution'));
      });
    } else if (message.type === 'call') {
      const run = this.runs.get(message.executionId);
      const answer =
        message.method === 'advance' ? run?.host.advance(message.args).then(() => true, (err: unknown) => (err instanceof Cancelled ? false : Promise.reject(err))) : run?.host.complete(message.args);
      void Promise.resolve(answer ?? Promise.reject(new Error('unknown execution'))).then(
        (value) => this.reply({ type: 'reply', id: message.id, value }),
        (err: Error) => this.reply({ type: 'reply', id: message.id, error: err.message }),
      );
    }
  }

  /** Runs `go` once `count` log lines have been read, or after LOG_LINES_GRACE_MS: a run's end never waits for ever. */
  private afterLogLines(count: number, go: () => void): void {
    if (this.logLinesRead >= count) return go();
    const waiter = {
      count,
      go: () => {
        clearTimeout(timer);
        this.waitingForLines = this.waitingForLines.filter((w) => w !== waiter);
        go();
      },
    };
    const timer = setTimeout(waiter.go, LOG_LINES_GRACE_MS);
    this.waitingForLines.push(waiter);
  }

  private lineRead(): void {
    this.logLinesRead += 1;
    for (const w of this.waitingForLines.filter((w) => w.count <= this.logLinesRead)) w.go();
  }

  private reply(message: ToAgent): void {
    if (this.child.connected) this.send(message);
  }

  /**
   * A write can fail (EPIPE) when the process was killed and this side has not yet seen it exit. Such a process can
   * take no more work: it is killed, if it is not already gone, and its exit rejects the runs it held with the reason.
   */
  private send(message: ToAgent): void {
    this.child.send(message, (err) => {
      if (err && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    });
  }

  private onExit(code: number | null, signal: string | null): void {
    // Lines a process wrote before it exited have been read by now, or never will be.
    for (const w of [...this.waitingForLines]) w.go();
    const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
    for (const run of this.runs.values()) run.reject(this.stopping ? new ProcessStopped(`Agent process ${this.pid} was stopped`) : new Error(`Agent process ${this.pid} exited (${reason})`));
    this.runs.clear();
    if (!this.stopping) this.events.died(`Agent process ${this.pid} exited unexpectedly (${reason})`);
  }
}

function parseLine(text: string): LogLine | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const line = JSON.parse(text) as Partial<LogLine>;
    return typeof line.message === 'string' && typeof line.level === 'string' ? { level: line.level, message: line.message, source: line.source ?? 'stdout' } : undefined;
  } catch {
    return undefined;
  }
}
