/** How often a delivery is tried and how long it waits between tries. */
export type RetryPolicy = {
  maxAttempts: number;
  /** Wait after the first failed attempt. */
  initialDelayMs: number;
  /** Each later wait is this many times the one before. */
  factor: number;
};

/** Six attempts over about an hour: waits of 30 s, 1.5 min, 4.5 min, 13.5 min and 40.5 min. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, initialDelayMs: 30_000, factor: 3 };

/** The wait before attempt `failedAttempt + 1`, or null when `failedAttempt` was the last one allowed. */
export function nextDelayMs(policy: RetryPolicy, failedAttempt: number): number | null {
  if (failedAttempt >= policy.maxAttempts) return null;
  return policy.initialDelayMs * policy.factor ** (failedAttempt - 1);
}
