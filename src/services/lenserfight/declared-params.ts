import { isBlank } from '../../core/blank.js';
import { HttpError } from '../../core/http-error.js';

export type DeclaredParam = { name: string; required?: boolean; description?: string; default?: string };

/** A lens or workflow declares its params; a required one that is absent or blank is a 400 naming it. */
export function checkDeclaredParams(declared: DeclaredParam[], given: Record<string, unknown>, what: string): void {
  const missing = declared
    .filter((p) => p.required !== false)
    .filter((p) => isBlank(given[p.name]))
    .map((p) => p.name);
  if (missing.length === 0) return;
  throw new HttpError(400, 'missing_param', `${what} is missing required param${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`, {
    missing,
    declared: declared.map((p) => p.name),
  });
}

/** The given params with declared defaults filled in for the ones left out. */
export function withDefaults(declared: DeclaredParam[], given: Record<string, unknown>): Record<string, unknown> {
  const filled = { ...given };
  for (const p of declared) if (p.default !== undefined && (filled[p.name] === undefined || filled[p.name] === null)) filled[p.name] = p.default;
  return filled;
}
