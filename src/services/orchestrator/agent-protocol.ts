import type { ExecutionOptions, ExecutionStep } from './executions.js';
import type { WorkflowData } from './views.js';
import type { LogLevel, ModelAnswer, ModelRequest, WalkResult } from './workflow-run.js';

/** What the server sends an agent process over its IPC channel. */
export type ToAgent =
  | { type: 'run'; executionId: string; execution: { id: string; workflow_version: number; input: Record<string, unknown>; options: ExecutionOptions }; graph: WorkflowData }
  | { type: 'reply'; id: number; value?: unknown; error?: string };

/** What an agent process sends the server: its usage, calls back for the host's services, and each run's end. */
export type FromAgent =
  | { type: 'ready'; usage: Usage }
  | { type: 'usage'; usage: Usage }
  | { type: 'call'; id: number; method: 'advance'; executionId: string; args: { steps: ExecutionStep[]; progress: number; current_step: string } }
  | { type: 'call'; id: number; method: 'complete'; executionId: string; args: ModelRequest }
  /**
   * `logLines`: how many log lines the process had written on stdout when it sent this. stdout and the IPC channel
   * are read independently, so the server waits for that many before taking the run as ended.
   */
  | { type: 'done'; executionId: string; logLines: number; result?: WalkResult; cancelled?: boolean; error?: string };

/** The process's own measure of itself: CPU time used since it started (µs) and resident memory (bytes). */
export type Usage = { cpu_us: number; rss: number };

/** A log line as an agent process writes it on stdout, one JSON object a line; anything else is taken as plain text. */
export type LogLine = { level: LogLevel; message: string; source: string };

export type { ModelAnswer };
