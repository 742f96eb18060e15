import { withoutKey } from './without-key.js';
import { ProviderError, type Completion, type CompletionRequest, type ModelProvider } from './model-provider.js';

export type OpenAiCompatibleSettings = { baseUrl: string; apiKey?: string; model: string; timeoutMs: number; key?: string };

type ChatCompletionResponse = {
  model?: string;
  choices?: { message?: { content?: string } }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
};

/** A provider's token count as stored: another server's `usage` may hold anything, or nothing. */
const tokenCount = (n: unknown): number => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0);

/** Any server speaking the OpenAI chat completions wire format: OpenAI itself, Ollama, vLLM, LM Studio. */
export class OpenAiCompatibleProvider implements ModelProvider {
  readonly key: string;

  constructor(private readonly settings: OpenAiCompatibleSettings) {
    this.key = settings.key ?? 'openai';
  }

  async complete(request: CompletionRequest): Promise<Completion> {
    const model = request.model ?? this.settings.model;
    const signal = request.signal
      ? AbortSignal.any([request.signal, AbortSignal.timeout(this.settings.timeoutMs)])
      : AbortSignal.timeout(this.settings.timeoutMs);
    let response: Response;
    try {
      response = await fetch(`${this.settings.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(this.settings.apiKey ? { Authorization: `Bearer ${this.settings.apiKey}` } : {}),
        },
        body: JSON.stringify({ model, messages: [{ role: 'user', content: request.prompt }] }),
        signal,
      });
    } catch (err) {
      throw new ProviderError('provider_unreachable', `Model provider ${this.key} is unreachable: ${withoutKey((err as Error).message, this.settings.apiKey)}`);
    }
    if (!response.ok) {
      throw new ProviderError('provider_error', `Model provider ${this.key} answered ${response.status}`);
    }
    let body: ChatCompletionResponse;
    try {
      body = (await response.json()) as ChatCompletionResponse;
    } catch (err) {
      if (signal.aborted) throw new ProviderError('provider_unreachable', `Model provider ${this.key} stopped answering: ${withoutKey((err as Error).message, this.settings.apiKey)}`);
      throw new ProviderError('provider_error', `Model provider ${this.key} answered ${response.status} with a body that is not JSON`);
    }
    const text = body?.choices?.[0]?.message?.content;
    if (typeof text !== 'string') throw new ProviderError('provider_error', `Model provider ${this.key} returned no message content`);
    const modelId = typeof body.model === 'string' ? body.model : model;
    return {
      text,
      modelId,
      modelKey: `${this.key}/${modelId}`,
      providerKey: this.key,
      tokenInput: tokenCount(body.usage?.prompt_tokens),
      tokenOutput: tokenCount(body.usage?.completion_tokens),
    };
  }
}
