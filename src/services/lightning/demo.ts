import { HttpError } from '../../core/http-error.js';
import type { Agent } from './agent.js';

/** The free demo: the agent's work without evaluation or payment (the core's rate limit guards it). */
export class Demo {
  constructor(private readonly agent: Agent) {}

  async run(request: string): Promise<string> {
    try {
      return (await this.agent.work(request)).result;
    } catch {
      throw new HttpError(500, 'agent_failed', 'Agent execution failed');
    }
  }
}
