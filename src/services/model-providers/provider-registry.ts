import type { ModelProvider } from './model-provider.js';

/** The providers this process can use, and which one serves a run that names none. */
export class ProviderRegistry {
  private readonly byKey = new Map<string, ModelProvider>();

  constructor(
    providers: ModelProvider[],
    readonly defaultKey: string,
  ) {
    for (const p of providers) this.byKey.set(p.key, p);
    if (!this.byKey.has(defaultKey)) throw new Error(`default model provider "${defaultKey}" is not configured`);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  get(key?: string | null): ModelProvider {
    return this.byKey.get(key ?? this.defaultKey)!;
  }
}
