import { createHash } from 'node:crypto';
import type { CatalogueModel, ModelCatalogue } from './model-catalogue.js';
import { withoutKey } from '../model-providers/without-key.js';

export type Health = { ready: boolean; details: string };

export type HealthSettings = { baseUrl: string; timeoutMs: number; cacheMs: number };

/** What one GET <base>/models told about a key: a problem, or the model IDs it lists (undefined when it lists none readably). */
type ProviderAnswer = { ok: false; problem: string } | { ok: true; modelIds: Set<string> | undefined; latencyMs: number };

/**
 * Probes a model's provider (GET <base>/models, the OpenAI wire format) with a short timeout. One probe answers
 * for every model of a key, so it is shared per key: requests arriving while it runs wait for it instead of
 * sending their own, and its answer is reused briefly after, so a dashboard polling every model's health does
 * not hammer the provider. The map keys on a hash of the key, never the key.
 */
export class ModelHealth {
  private readonly probes = new Map<string, { settledAt?: number; answer: Promise<ProviderAnswer> }>();

  constructor(
    private readonly catalogue: ModelCatalogue,
    private readonly settings: HealthSettings,
  ) {}

  async check(userId: string, model: CatalogueModel): Promise<Health> {
    const route = await this.catalogue.route(userId, model);
    if (!route.ok) return { ready: false, details: route.reason };
    if (model.provider === 'local') return { ready: true, details: `local: ${model.id} is a deterministic offline model (not a real LLM), always available` };
    const answer = await this.answerFor(route.apiKey);
    if (!answer.ok) return { ready: false, details: `${model.provider}: ${answer.problem}` };
    if (answer.modelIds && !answer.modelIds.has(model.id)) return { ready: false, details: `${model.provider}: reachable, but it does not offer ${model.id}` };
    return { ready: true, details: `${model.provider}: ${model.id} reachable (latency ${answer.latencyMs} ms)` };
  }

  /** The probe running or fresh for this key, else a new one. */
  private answerFor(apiKey: string | undefined): Promise<ProviderAnswer> {
    const key = createHash('sha256').update(apiKey ?? '').digest('hex');
    const known = this.probes.get(key);
    if (known && (known.settledAt === undefined || Date.now() - known.settledAt < this.settings.cacheMs)) return known.answer;
    this.forgetExpired();
    const entry: { settledAt?: number; answer: Promise<ProviderAnswer> } = { answer: this.probe(apiKey) };
    void entry.answer.finally(() => (entry.settledAt = Date.now()));
    this.probes.set(key, entry);
    return entry.answer;
  }

  /** Never rejects: every failure is an answer, shared with every request waiting on it. */
  private async probe(apiKey: string | undefined): Promise<ProviderAnswer> {
    const started = Date.now();
    let response: Response;
    try {
      response = await fetch(`${this.settings.baseUrl.replace(/\/+$/, '')}/models`, {
        headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      return { ok: false, problem: timedOut ? `no answer within ${this.settings.timeoutMs} ms` : `unreachable (${withoutKey((err as Error).message, apiKey)})` };
    }
    const latencyMs = Date.now() - started;
    if (response.status === 401 || response.status === 403) return { ok: false, problem: `the provider rejected the key (${response.status})` };
    if (!response.ok) return { ok: false, problem: `the provider answered ${response.status}` };
    const body = (await response.json().catch(() => undefined)) as { data?: unknown[] } | null | undefined;
    if (!Array.isArray(body?.data)) return { ok: true, modelIds: undefined, latencyMs };
    // Entries that are not objects (null, a bare string) name no model; they made this a 500.
    const ids = body.data.flatMap((m) => (typeof m === 'object' && m !== null && typeof (m as { id?: unknown }).id === 'string' ? [(m as { id: string }).id] : []));
    return { ok: true, modelIds: new Set(ids), latencyMs };
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [key, entry] of this.probes) if (entry.settledAt !== undefined && now - entry.settledAt >= this.settings.cacheMs) this.probes.delete(key);
  }
}
