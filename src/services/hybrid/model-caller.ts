import type { ModelResult } from './job-repository.js';
import type { CatalogueModel, ModelCatalogue } from './model-catalogue.js';
import { withoutKey } from '../model-providers/without-key.js';


/** A high surrogate with no low one after it, or a low one with no high one before it (code units: no `u` flag). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text a provider sent, as Postgres can store it: a NUL character or an unpaired UTF-16 surrogate (which a JSON
 * answer can carry as `\u0000` or `\ud800`) becomes U+FFFD. Stored as is, either made writing the result fail, and
 * the whole job with it.
 */
export const storableText = (text: string): string => text.replace(LONE_SURROGATE, '\ufffd').replaceAll('\u0000', '\ufffd');

/** USD per million tokens, by model ID (HYBRID_PRICING). */
export type Pricing = Record<string, { input: number; output: number }>;

/**
 * Calls one model for one user with its own timeout and turns every outcome into a ModelResult: a response with
 * token counts and cost (from the pricing table; local models are free), or `{error}`. Errors name the provider
 * and what went wrong, never a key.
 */
export class ModelCaller {
  constructor(
    private readonly catalogue: ModelCatalogue,
    private readonly settings: { timeoutMs: number; pricing: Pricing },
  ) {}

  /** `stop` aborting (the server is stopping) rejects instead of answering `{error}`: the job is handed back, not failed. */
  async call(userId: string, modelId: string, prompt: string, stop?: AbortSignal): Promise<ModelResult> {
    const model = await this.catalogue.find(userId, modelId);
    if (!model) return { error: `model ${modelId} is no longer available to this user` };
    const route = await this.catalogue.route(userId, model);
    if (!route.ok) return { error: route.reason };
    const timeout = AbortSignal.timeout(this.settings.timeoutMs);
    const signal = stop ? AbortSignal.any([timeout, stop]) : timeout;
    try {
      const completion = await route.provider.complete({ prompt, model: model.id, signal });
      const tokensUsed = { input: completion.tokenInput, output: completion.tokenOutput, total: completion.tokenInput + completion.tokenOutput };
      const cost = this.costOf(model, tokensUsed);
      return { content: storableText(completion.text), provider: model.provider, model: model.id, tokensUsed, ...(cost === undefined ? {} : { cost }) };
    } catch (err) {
      if (stop?.aborted) throw err;
      if (timeout.aborted) return { error: `${model.provider}: ${model.id} gave no answer within ${this.settings.timeoutMs} ms` };
      return { error: storableText(`${model.provider}: ${withoutKey((err as Error).message, route.apiKey)}`) };
    }
  }

  private costOf(model: CatalogueModel, tokens: { input: number; output: number }): number | undefined {
    const price = this.settings.pricing[model.id] ?? (model.provider === 'local' ? { input: 0, output: 0 } : undefined);
    if (!price) return undefined;
    return Math.round(((tokens.input * price.input + tokens.output * price.output) / 1e6) * 1e8) / 1e8;
  }
}
