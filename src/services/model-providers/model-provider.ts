export type CompletionRequest = { prompt: string; model?: string; signal?: AbortSignal };

export type Completion = {
  text: string;
  modelId: string;
  modelKey: string;
  providerKey: string;
  tokenInput: number;
  tokenOutput: number;
};

/** A model backend. The local one needs no network; real ones are chosen by environment variables. */
export interface ModelProvider {
  readonly key: string;
  complete(request: CompletionRequest): Promise<Completion>;
}

export class ProviderError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}
