import type { RunRow } from '../run-store.js';
import type { AgentName, Tier } from '../types.js';

/**
 * What a step's agent sees: the run as its earlier steps left it, and the workspace's tier now. `signal` aborts when
 * the server is stopping; the step is then handed back to the queue.
 */
export type AgentContext = { run: RunRow; tier: Tier; signal?: AbortSignal };

/** One pipeline agent: turns the run so far into its typed output (`<name>_output`). */
export interface Agent {
  readonly name: AgentName;
  run(context: AgentContext): Promise<object>;
}
