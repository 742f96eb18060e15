type OracleOptions = { url?: string; fallbackUsd: number; cacheMs: number; timeoutMs: number };

/**
 * The BTC/USD spot price. Without an oracle URL it is the configured fallback and no request is made. With one,
 * the price is fetched (CoinGecko's `{bitcoin: {usd}}` or a plain `{price}` / `{usd}`), kept for `cacheMs`, and
 * the fallback is used while the oracle fails.
 */
export class PriceOracle {
  private cached?: { usd: number; at: number };

  constructor(private readonly options: OracleOptions) {}

  async btcUsd(now = Date.now()): Promise<number> {
    if (!this.options.url) return this.options.fallbackUsd;
    if (this.cached && now - this.cached.at < this.options.cacheMs) return this.cached.usd;
    try {
      const res = await fetch(this.options.url, { signal: AbortSignal.timeout(this.options.timeoutMs) });
      if (!res.ok) throw new Error(`oracle answered ${res.status}`);
      const usd = priceOf(await res.json());
      this.cached = { usd, at: now };
      return usd;
    } catch {
      return this.options.fallbackUsd;
    }
  }
}

function priceOf(body: unknown): number {
  const b = body as { bitcoin?: { usd?: unknown }; price?: unknown; usd?: unknown };
  const value = Number(b?.bitcoin?.usd ?? b?.price ?? b?.usd);
  if (!Number.isFinite(value) || value <= 0) throw new Error('oracle answer has no price');
  return value;
}
