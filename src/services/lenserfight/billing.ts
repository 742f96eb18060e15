import type { RunOptions } from './run-repository.js';

/** One credit per started 1,000 tokens on platform credit; BYOK and sponsored runs cost the user no credits. */
export function creditCostOf(options: RunOptions, tokens: number): number {
  const source = options.fundingSource ?? 'platform_credit';
  if (source !== 'platform_credit') return 0;
  return Math.max(1, Math.ceil(tokens / 1000));
}

export function billingStatusOf(options: RunOptions): string {
  switch (options.fundingSource ?? 'platform_credit') {
    case 'platform_credit':
      return 'charged';
    case 'sponsored':
      return 'sponsored';
    default:
      return 'byok_not_charged';
  }
}
