/** Absent, null, or text of whitespace alone: what a client sends for a value it does not have (a cleared form field). */
export const isBlank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
