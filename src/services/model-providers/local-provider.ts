import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Completion, CompletionRequest, ModelProvider } from './model-provider.js';

const countTokens = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The default provider: deterministic, offline, and labelled `local` in every run it serves, so its output is
 * never mistaken for a real model's. The same prompt always gives the same text.
 */
export class LocalModelProvider implements ModelProvider {
  readonly key = 'local';

  constructor(private readonly delayMs = 0) {}

  async complete(request: CompletionRequest): Promise<Completion> {
    // A signal aborted before the call ends it at once, as a real provider's fetch would.
    if (this.delayMs > 0) await sleep(this.delayMs, undefined, { signal: request.signal });
    const modelId = request.model ?? 'local-echo-1';
    const digest = createHash('sha256').update(request.prompt).digest('hex').slice(0, 12);
    const excerpt = request.prompt.replace(/\s+/g, ' ').trim().slice(0, 280);
    const text = `[local model ${modelId}, not a real LLM] Response ${digest} to: ${excerpt}`;
    return {
      text,
      modelId,
      modelKey: `local/${modelId}`,
      providerKey: this.key,
      tokenInput: countTokens(request.prompt),
      tokenOutput: countTokens(text),
    };
  }
}
