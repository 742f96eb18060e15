/**
 * A whole-number setting from the environment: unset or empty takes the default; anything else must be plain digits
 * and at least `min`. Start-up then fails naming the variable, where parseInt let `abc` through as NaN (a server
 * that failed far from the cause, or a limit that never held) and read `5m` as 5.
 */
export function envInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, not ${JSON.stringify(env[name])}`);
  }
  return value;
}
