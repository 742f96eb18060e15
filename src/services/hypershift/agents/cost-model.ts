import type { Schemas, UserIntent } from '../types.js';

type Kind = Schemas['ArchitectComponent']['kind'];

/** Monthly list prices (USD) of one instance per component kind on a paid plan, and whether a free plan exists. */
const PRICES: Record<Kind, { paid: number; free: boolean; item: string }> = {
  frontend: { paid: 7, free: true, item: 'Web service' },
  backend: { paid: 7, free: true, item: 'API service' },
  database: { paid: 7, free: true, item: 'Managed Postgres' },
  cache: { paid: 10, free: false, item: 'Managed Redis' },
  queue: { paid: 5, free: false, item: 'Background worker' },
  storage: { paid: 1, free: false, item: 'Object storage bucket' },
  cdn: { paid: 0, free: true, item: 'CDN' },
  other: { paid: 5, free: false, item: 'Service' },
};

/** Which components a piece of prose asks for; the same reading serves the architect and the what-if estimate. */
export function componentsIn(text: string): Kind[] {
  const t = text.toLowerCase();
  const kinds: Kind[] = [];
  if (/next\.?js|react|vue|svelte|frontend|static|landing|website|site\b/.test(t)) kinds.push('frontend');
  if (/\bapi\b|backend|server|service|django|express|rails|flask/.test(t)) kinds.push('backend');
  if (/postgres|database|mysql|\bdb\b|sql/.test(t)) kinds.push('database');
  if (/redis|cache/.test(t)) kinds.push('cache');
  if (/queue|worker|kafka|rabbit|cron/.test(t)) kinds.push('queue');
  if (/bucket|storage|\bs3\b|uploads?/.test(t)) kinds.push('storage');
  if (/\bcdn\b|static|landing/.test(t)) kinds.push('cdn');
  return kinds;
}

export const wantsFreeTier = (intent: UserIntent) => /free/i.test(`${intent.constraints ?? ''} ${intent.description}`);

/** A budget written into the constraints ("under $20", "budget 50"), if any. */
export function budgetOf(intent: UserIntent): number | null {
  const match = /(?:\$\s*|budget\s*(?:of\s*)?\$?\s*)(\d+(?:\.\d+)?)/i.exec(intent.constraints ?? '');
  return match ? Number(match[1]) : null;
}

/** Cost lines for components: free plans where the intent asks for the free tier and one exists. */
export function costLines(kinds: Kind[], free: boolean): Schemas['CostLineItem'][] {
  return kinds.map((kind) => {
    const price = PRICES[kind];
    const onFree = free && price.free;
    return { item: `${price.item} (${onFree ? 'free' : 'starter'} instance)`, monthly_cost_usd: onFree ? 0 : price.paid };
  });
}

export const total = (lines: Schemas['CostLineItem'][]) => Math.round(lines.reduce((sum, l) => sum + l.monthly_cost_usd, 0) * 100) / 100;
