import { componentsIn, costLines, total, wantsFreeTier } from './agents/cost-model.js';
import { isBlank } from '../../core/blank.js';
import { storedIntent, type Schemas } from './types.js';

type Risk = Schemas['RiskLevel'];

/**
 * Decision 18: prices the intent with and without the addition using the finops cost model, and names the risks
 * the addition brings. Deterministic and indicative, hence `stub: true`. Nothing is stored.
 */
export function estimateWhatIf(request: Schemas['UserIntentRequest'], sentAddition: string | undefined): Schemas['WhatIfEstimate'] {
  const intent = storedIntent(request);
  const addition = isBlank(sentAddition) ? undefined : sentAddition;
  const free = wantsFreeTier(intent);
  const base = componentsIn(`${intent.description} ${intent.constraints ?? ''}`);
  const added = addition ? componentsIn(addition).filter((k) => !base.includes(k)) : [];
  const before = total(costLines(base, free));
  const after = total(costLines([...base, ...added], free));
  const delta = Math.round((after - before) * 100) / 100;
  const risks: string[] = [];
  if (free && after > 0) risks.push('Leaves the free tier');
  if (added.includes('database')) risks.push('Adds stateful data that needs backups and migrations');
  if (added.includes('storage')) risks.push('Adds a storage bucket whose access must be reviewed');
  if ((intent.target ?? 'production') === 'production' && added.length > 0) risks.push('Changes a production deployment');
  const risk: Risk = risks.length === 0 ? 'low' : risks.length === 1 ? 'medium' : risks.length === 2 ? 'high' : 'critical';
  const change = addition ? `Adding "${addition}" changes the monthly cost by $${delta}` : 'Without an addition the cost is the intent\'s own';
  return {
    addition: addition ?? null,
    estimated_monthly_cost_usd: after,
    cost_delta_usd: delta,
    risk_level: risk,
    risks,
    summary: `${change}; estimated $${after}/month.`,
    stub: true,
  };
}
