import type { SpecSchemas } from '../../../core/spec-schema-compiler.js';
import type { ProviderRegistry } from '../../model-providers/provider-registry.js';
import type { AgentName } from '../types.js';

/** Every agent output names the model that saw it (decision 24). */
export type ModelTagged = { agent_model: string; agent_notes?: string };

/**
 * An agent's use of the model provider: its deterministic draft goes to the model with the request to answer a
 * JSON object of the output schema. An answer that parses and matches the spec's schema is combined with the
 * draft (by default it replaces it); anything else (the local provider's echo, prose) leaves the draft and is kept
 * as `agent_notes`. A provider that fails throws, and the step fails with it.
 */
export class AgentModel {
  constructor(
    private readonly providers: ProviderRegistry,
    /** The spec's schemas, by pointer (the API's one compiler of its spec). */
    private readonly compile: SpecSchemas,
  ) {}

  async refine<T extends object>(
    { agent, signal }: { agent: AgentName; signal?: AbortSignal },
    schemaName: string,
    input: unknown,
    draft: T,
    combine: (draft: T, answer: T) => T = (_draft, answer) => answer,
  ): Promise<T & ModelTagged> {
    const provider = this.providers.get();
    const prompt = [
      `You are the ${agent} agent of HyperShift, a five-agent deployment pipeline.`,
      `Input:\n${JSON.stringify(input)}`,
      `Draft ${schemaName}:\n${JSON.stringify(draft)}`,
      `Answer with exactly one JSON object of the ${schemaName} shape, improving the draft where it is wrong.`,
    ].join('\n\n');
    const completion = await provider.complete({ prompt, signal });
    const answer = this.parse<T>(schemaName, completion.text);
    if (answer) return { ...combine(draft, answer), agent_model: completion.modelKey };
    return { ...draft, agent_model: completion.modelKey, agent_notes: completion.text.slice(0, 2000) };
  }

  private parse<T>(schemaName: string, text: string): T | null {
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start === -1 || end <= start) return null;
    let value: unknown;
    try {
      value = JSON.parse(text.slice(start, end + 1));
    } catch {
      return null;
    }
    return this.compile(`#/components/schemas/${schemaName}`)(value) ? (value as T) : null;
  }
}
