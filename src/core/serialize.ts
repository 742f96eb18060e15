/**
 * The one serializer from database values to their spec forms: Date → ISO string, bigint → number
 * (or string past 2^53), Buffer → base64. Everything else passes through.
 */
export function toWire(value: unknown): unknown {
  return needsConversion(value) ? convert(value) : value;
}

/** Most bodies hold only JSON values already; checking is cheaper than copying them. */
function needsConversion(value: unknown): boolean {
  if (typeof value === 'bigint') return true;
  if (value === null || typeof value !== 'object') return false;
  if (value instanceof Date || Buffer.isBuffer(value)) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (needsConversion(item)) return true;
    return false;
  }
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || needsConversion(v)) return true;
  }
  return false;
}

function convert(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (Array.isArray(value)) return value.map(convert);
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = convert(v);
  }
  return out;
}
