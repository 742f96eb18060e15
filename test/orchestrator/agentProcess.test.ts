import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AgentProcess } from '../../src/services/orchestrator/agent-process.js';
import type { ToAgent } from '../../src/services/orchestrator/agent-protocol.js';

const run = (executionId: string): Extract<ToAgent, { type: 'run' }> => ({
  type: 'run',
  executionId,
  execution: { id: executionId, workflow_version: 0, input: {}, options: { timeout: 30_000, retry_count: 0 } },
  graph: { nodes: [{ id: 'think', type: 'wait', data: { ms: 10_000 } }], edges: [] },
});
const host = { advance: async () => {}, complete: async () => ({ text: '', provider: 'local', model: 'local', tokens: 0 }) };

test('a run handed to a process killed a moment earlier, before this side saw it exit, is rejected with how it died, and the death is reported', async () => {
  const died: string[] = [];
  const { process: agent } = await AgentProcess.start({ name: 'victim', reportEveryMs: 60_000, readyTimeoutMs: 20_000 }, { line() {}, usage() {}, died: (reason) => died.push(reason) });
  const pid = agent.pid;
  process.kill(pid, 'SIGKILL');
  // Blocks the event loop: the kernel has closed the process's end of the channel, so the write fails (EPIPE), while
  // the exit is not yet delivered here. That write error once stopped the process "on purpose", leaving the run
  // to wait forever and the death unreported.
  const until = Date.now() + 100;
  while (Date.now() < until);
  await assert.rejects(agent.run(run('e1'), host), new RegExp(`^Error: Agent process ${pid} exited \\(killed by SIGKILL\\)$`));
  assert.deepEqual(died, [`Agent process ${pid} exited unexpectedly (killed by SIGKILL)`]);
});
