import type { FromAgent, LogLine, ModelAnswer, ToAgent, Usage } from './agent-protocol.js';
import { Cancelled, walkWorkflow, type LogLevel } from './workflow-run.js';

// A deployed agent's own process, forked by the local runtime with an IPC channel. It walks the workflows the server
// hands it, calls back for what the server keeps (progress records, the model provider), writes its log on stdout and
// reports its own CPU time and memory. It exits when the server goes away, so it never outlives the server.

/** The process's whole life: everything it keeps lives in this call. */
function serve(): void {
  const reportEveryMs = Number(process.env.AGENT_REPORT_MS ?? 2000);

  if (!process.send) throw new Error('the agent program runs as a child process with an IPC channel');
  const send = (message: FromAgent) => {
    // After the server is gone the channel is closed; the process is about to exit on 'disconnect'.
    if (process.connected) process.send!(message);
  };
  const usage = (): Usage => {
    const cpu = process.cpuUsage();
    return { cpu_us: cpu.user + cpu.system, rss: process.memoryUsage().rss };
  };
  let logLines = 0;
  const log = (level: LogLevel, message: string, source = 'workflow') => {
    logLines += 1;
    process.stdout.write(`${JSON.stringify({ level, message, source } satisfies LogLine)}\n`);
  };

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  let nextCall = 0;

  function call<T>(method: 'advance' | 'complete', executionId: string, args: unknown): Promise<T> {
    const id = ++nextCall;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      send({ type: 'call', id, method, executionId, args } as FromAgent);
    });
  }

  async function run(message: Extract<ToAgent, { type: 'run' }>): Promise<void> {
    const { executionId } = message;
    try {
      const result = await walkWorkflow(message.execution, message.graph, {
        advance: async (change) => {
          if (!(await call<boolean>('advance', executionId, change))) throw new Cancelled();
        },
        complete: (request) => call<ModelAnswer>('complete', executionId, request),
        log,
      });
      log(result.status === 'failed' ? 'ERROR' : 'INFO', `Execution ${executionId} ${result.status}${result.error_message ? `: ${result.error_message}` : ''}`);
      send({ type: 'done', executionId, logLines, result });
    } catch (err) {
      if (err instanceof Cancelled) send({ type: 'done', executionId, logLines, cancelled: true });
      else send({ type: 'done', executionId, logLines, error: (err as Error).message });
    }
  }

  process.on('message', (message: ToAgent) => {
    if (message.type === 'run') void run(message);
    else {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.value);
    }
  });
  process.on('disconnect', () => process.exit(0));
  setInterval(() => send({ type: 'usage', usage: usage() }), reportEveryMs).unref();

  log('INFO', `Agent ${process.env.AGENT_NAME ?? ''} running in process ${process.pid} (Node ${process.version})`, 'container');
  send({ type: 'ready', usage: usage() });
}

serve();
