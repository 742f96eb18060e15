import type { LightningConfig } from '../../apis/lightning/config.js';

export type WorkQuote = {
  estimatedInputTokens: number;
  estimatedOutputTokens: number;
  /** Token cost + infrastructure + margin, in USD: what the work invoice charges. */
  estimatedCostUsd: number;
  marginPct: number;
  btcPriceUsd: number;
  amountSats: number;
};

export type ActualCost = { actualCostUsd: number; actualChargeUsd: number; actualAmountSats: number };

/** USD to sats at `btcPriceUsd`, rounded up, at least 1 sat. */
export function usdToSats(usd: number, btcPriceUsd: number): number {
  return Math.max(1, Math.ceil((usd / btcPriceUsd) * 1e8 - 1e-9));
}

const round = (usd: number) => Math.round(usd * 1e8) / 1e8;

/** Cost-based pricing: tokens × per-model rates, plus infrastructure per request, plus the originator margin. */
export class Pricing {
  constructor(private readonly config: LightningConfig['pricing']) {}

  /** Input tokens of a request: about four characters a token, plus the agent's instructions. */
  estimateInputTokens(request: string): number {
    return Math.ceil(request.length / 4) + 200;
  }

  tokenCostUsd(inputTokens: number, outputTokens: number): number {
    return (inputTokens * this.config.inputUsdPerMTok + outputTokens * this.config.outputUsdPerMTok) / 1e6;
  }

  chargeUsd(tokenCostUsd: number): number {
    return (tokenCostUsd + this.config.infraUsdPerRequest) * (1 + this.config.marginPct / 100);
  }

  quote(request: string, btcPriceUsd: number): WorkQuote {
    const estimatedInputTokens = this.estimateInputTokens(request);
    const estimatedOutputTokens = this.config.estimatedOutputTokens;
    const estimatedCostUsd = round(this.chargeUsd(this.tokenCostUsd(estimatedInputTokens, estimatedOutputTokens)));
    return {
      estimatedInputTokens,
      estimatedOutputTokens,
      estimatedCostUsd,
      marginPct: this.config.marginPct,
      btcPriceUsd,
      amountSats: usdToSats(estimatedCostUsd, btcPriceUsd),
    };
  }

  /** The honest charge for tokens actually used, at the price locked when the invoice was made. */
  actual(inputTokens: number, outputTokens: number, btcPriceUsd: number): ActualCost {
    const actualCostUsd = round(this.tokenCostUsd(inputTokens, outputTokens));
    const actualChargeUsd = round(this.chargeUsd(actualCostUsd));
    return { actualCostUsd, actualChargeUsd, actualAmountSats: usdToSats(actualChargeUsd, btcPriceUsd) };
  }
}
