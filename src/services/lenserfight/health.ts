import type { Knex } from 'knex';
import type { components } from '../../../generated/lenserfight/types.js';

type HealthOk = components['schemas']['HealthOk'];
type HealthDegraded = components['schemas']['HealthDegraded'];

const startedAt = Date.now();

/** Probes the database through fn_health(), giving up after `timeoutMs`. */
export class HealthProbe {
  constructor(
    private readonly knex: Knex,
    private readonly version: string,
    private readonly timeoutMs = 1500,
  ) {}

  async check(): Promise<{ ok: true; body: HealthOk } | { ok: false; body: HealthDegraded }> {
    const base = { uptime_s: Math.floor((Date.now() - startedAt) / 1000), version: this.version, checked_at: new Date().toISOString() };
    try {
      const result = await withTimeout(this.knex.raw('select fn_health() as healthy'), this.timeoutMs);
      if (result.rows?.[0]?.healthy !== true) return { ok: false, body: { ...base, status: 'degraded', db: false, reason: 'fn_health() did not return true' } };
      return { ok: true, body: { ...base, status: 'ok', db: true } };
    } catch (err) {
      return { ok: false, body: { ...base, status: 'degraded', db: false, reason: (err as Error).message === 'timeout' ? `database probe timed out after ${this.timeoutMs} ms` : 'database unreachable' } };
    }
  }
}

function withTimeout<T>(promise: PromiseLike<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    Promise.resolve(promise).finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms))),
  ]);
}
