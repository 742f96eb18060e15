import type { ModelProvider } from '../model-providers/model-provider.js';
import { OpenAiCompatibleProvider } from '../model-providers/openai-compatible-provider.js';
import type { ProviderRegistry } from '../model-providers/provider-registry.js';
import type { TokenStore } from './token-store.js';

export type CatalogueModel = {
  id: string;
  type: 'api' | 'browser' | 'local';
  provider: string;
  name: string;
  capabilities: { streaming: boolean; maxTokens: number };
};

/** Where a model's calls go, and with whose key. */
export type ModelRoute =
  | { ok: true; model: CatalogueModel; provider: ModelProvider; keySource: 'none' | 'server' | 'user'; apiKey?: string }
  | { ok: false; model: CatalogueModel; reason: string };

export type CatalogueSettings = {
  openaiModels: string[];
  openai: { baseUrl: string; apiKey?: string; timeoutMs: number };
};

/** The deterministic offline models; always listed, never real LLMs. */
const LOCAL_MODELS: CatalogueModel[] = [
  { id: 'local-balanced', type: 'local', provider: 'local', name: 'Local balanced (deterministic, not a real LLM)', capabilities: { streaming: false, maxTokens: 4096 } },
  { id: 'local-deep', type: 'local', provider: 'local', name: 'Local deep (deterministic, not a real LLM)', capabilities: { streaming: false, maxTokens: 8192 } },
  { id: 'local-fast', type: 'local', provider: 'local', name: 'Local fast (deterministic, not a real LLM)', capabilities: { streaming: false, maxTokens: 2048 } },
];

export const OPENAI_PROVIDER = 'openai';

/**
 * The models a user can use, from configuration: the local ones; the OpenAI-compatible provider's when the
 * server has one; and the same models for a user who stored an `openai` token, then called with that key.
 */
export class ModelCatalogue {
  constructor(
    private readonly providers: ProviderRegistry,
    private readonly tokens: TokenStore,
    private readonly settings: CatalogueSettings,
  ) {}

  async forUser(userId: string): Promise<CatalogueModel[]> {
    const models = [...LOCAL_MODELS];
    if (this.providers.has(OPENAI_PROVIDER) || (await this.tokens.providersOf(userId)).includes(OPENAI_PROVIDER)) {
      models.push(...this.settings.openaiModels.map((id) => openaiModel(id)));
    }
    return models.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async find(userId: string, modelId: string): Promise<CatalogueModel | undefined> {
    return (await this.forUser(userId)).find((m) => m.id === modelId);
  }

  /** How to call `model` for `userId`: the user's own key first, else the server's. Opens the token only here. */
  async route(userId: string, model: CatalogueModel): Promise<ModelRoute> {
    if (model.provider === 'local') return { ok: true, model, provider: this.providers.get('local'), keySource: 'none' };
    const token = await this.tokens.open(userId, OPENAI_PROVIDER);
    if (token) {
      if (token.expiresAt !== undefined && token.expiresAt <= Date.now()) {
        return { ok: false, model, reason: `${OPENAI_PROVIDER}: the stored token expired at ${new Date(token.expiresAt).toISOString()}; POST /tokens again` };
      }
      const provider = new OpenAiCompatibleProvider({ ...this.settings.openai, apiKey: token.accessToken, model: model.id, key: OPENAI_PROVIDER });
      return { ok: true, model, provider, keySource: 'user', apiKey: token.accessToken };
    }
    if (this.providers.has(OPENAI_PROVIDER)) {
      return { ok: true, model, provider: this.providers.get(OPENAI_PROVIDER), keySource: 'server', apiKey: this.settings.openai.apiKey };
    }
    return { ok: false, model, reason: `No token stored for provider ${OPENAI_PROVIDER}; POST /tokens first` };
  }
}

function openaiModel(id: string): CatalogueModel {
  return { id, type: 'api', provider: OPENAI_PROVIDER, name: `${id} (OpenAI-compatible)`, capabilities: { streaming: false, maxTokens: 8192 } };
}
