import type { ProviderRegistry } from '../model-providers/provider-registry.js';

export type Evaluation = { accepted: true } | { accepted: false; reason: string };
export type WorkResult = { result: string; inputTokens: number; outputTokens: number };

/**
 * The agent behind jobs, sessions and the demo: an evaluation step that decides whether a request is taken, and
 * the work itself, both through the model-provider interface (the deterministic local provider by default).
 */
export class Agent {
  constructor(
    private readonly providers: ProviderRegistry,
    private readonly options: { evalModel?: string; workModel?: string; rejectPattern: RegExp },
  ) {}

  /** `signal`: the caller gives up (a stopping server); the provider call is aborted. */
  async evaluate(request: string, signal?: AbortSignal): Promise<Evaluation> {
    const reply = await this.providers.get().complete({
      signal,
      model: this.options.evalModel,
      prompt: `You screen requests for a paid AI agent. Answer ACCEPT, or REJECT: <reason>.\n\nRequest: ${request}`,
    });
    // The house policy holds whatever the model says; a model may also refuse on its own.
    const policy = this.options.rejectPattern.exec(request);
    if (policy) return { accepted: false, reason: `Request refused by policy: it mentions "${policy[0]}"` };
    const refusal = /^\s*REJECT:?\s*(.*)$/is.exec(reply.text);
    if (refusal) return { accepted: false, reason: refusal[1].trim() || 'Rejected by the evaluator' };
    return { accepted: true };
  }

  async work(request: string, signal?: AbortSignal): Promise<WorkResult> {
    const completion = await this.providers.get().complete({ model: this.options.workModel, prompt: request, signal });
    return { result: completion.text, inputTokens: completion.tokenInput, outputTokens: completion.tokenOutput };
  }
}
