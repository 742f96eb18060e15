import type { RunRow } from '../run-store.js';
import type { AgentName, Tier } from '../types.js';

/** What a step's agent sees: the run as its earlier steps left it, and the workspace's tier now. */
export type AgentContext = { run: RunRow; tier: Tier };

/** One pipeline agent: turns the run so far into its typed output (`<name>_output`). */
export interface Agent {
  readonly name: AgentName;
  run(context: AgentContext): Promise<object>;
}
