import { Credentials } from '../../scripts/contract-test/credentials.js';
import type { RunOptions } from '../../scripts/contract-test/runner.js';

/** A contract-test run against a toy server of a test: small, quick and bounded; `overrides` set what the test is about. */
export function contractRunOptions(baseUrl: string, overrides: Partial<RunOptions> = {}): RunOptions {
  return {
    baseUrl,
    seed: 5,
    maxRequests: 200,
    timeLimitMs: 30_000,
    credentials: new Credentials(),
    timeoutMs: 5000,
    streamReadMs: 500,
    maxBodyBytes: 1 << 20,
    shrinkBudget: 20,
    ...overrides,
  };
}
