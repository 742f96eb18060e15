import { createHash } from 'node:crypto';
import type { CatalogueModel, ModelCatalogue } from './model-catalogue.js';
import { withoutKey } from '../model-providers/without-key.js';

export type Health = { ready: boolean; details: string };

export type HealthSettings = { baseUrl: string; timeoutMs: number; cacheMs: number };

/**
 * Probes a model's provider (GET <base>/models, the OpenAI wire format) with a short timeout, and remembers the
 * answer briefly per model and key, so a dashboard polling health does not hammer the provider. The cache keys
 * on a hash of the key, never the key.
 */
export class ModelHealth {
  private readonly cache = new Map<string, { at: number; health: Health }>();

  constructor(
    private readonly catalogue: ModelCatalogue,
    private readonly settings: HealthSettings,
  ) {}

  async check(userId: string, model: CatalogueModel): Promise<Health> {
    const route = await this.catalogue.route(userId, model);
    if (!route.ok) return { ready: false, details: route.reason };
    if (model.provider === 'local') return { ready: true, details: `local: ${model.id} is a deterministic offline model (not a real LLM), always available` };
    const cacheKey = `${model.id}\0${createHash('sha256').update(route.apiKey ?? '').digest('hex')}`;
    const cached = this.cache.get(cacheKey);
    if (cached && Date.now() - cached.at < this.settings.cacheMs) return cached.health;
    const health = await this.probe(model, route.apiKey);
    this.forgetExpired();
    this.cache.set(cacheKey, { at: Date.now(), health });
    return health;
  }

  private async probe(model: CatalogueModel, apiKey: string | undefined): Promise<Health> {
    const started = Date.now();
    let response: Response;
    try {
      response = await fetch(`${this.settings.baseUrl.replace(/\/+$/, '')}/models`, {
        headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      return { ready: false, details: `${model.provider}: ${timedOut ? `no answer within ${this.settings.timeoutMs} ms` : `unreachable (${withoutKey((err as Error).message, apiKey)})`}` };
    }
    const latency = Date.now() - started;
    if (response.status === 401 || response.status === 403) return { ready: false, details: `${model.provider}: the provider rejected the key (${response.status})` };
    if (!response.ok) return { ready: false, details: `${model.provider}: the provider answered ${response.status}` };
    const body = (await response.json().catch(() => undefined)) as { data?: unknown[] } | null | undefined;
    // Entries that are not objects (null, a bare string) name no model; they made this a 500.
    if (Array.isArray(body?.data) && !body.data.some((m) => typeof m === 'object' && m !== null && (m as { id?: unknown }).id === model.id)) {
      return { ready: false, details: `${model.provider}: reachable, but it does not offer ${model.id}` };
    }
    return { ready: true, details: `${model.provider}: ${model.id} reachable (latency ${latency} ms)` };
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [key, entry] of this.cache) if (now - entry.at >= this.settings.cacheMs) this.cache.delete(key);
  }
}
