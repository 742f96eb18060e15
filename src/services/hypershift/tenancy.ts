/** Decision 5 and 20: X-Workspace-Id, else X-Org-Id, else ws-default; an empty header counts as absent. */
export const DEFAULT_WORKSPACE = 'ws-default';
export const ANONYMOUS = 'anonymous';

/**
 * An empty header or query value (a cleared filter) counts as absent. Header values arrive already read as UTF-8
 * (core/header-text.ts).
 */
export const present = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/** `override`: `?workspace_id=`, already decoded from its percent-encoding as UTF-8. */
export function workspaceOf(headers: { 'X-Workspace-Id'?: string; 'X-Org-Id'?: string }, override?: string): string {
  return present(override) ?? present(headers['X-Workspace-Id']) ?? present(headers['X-Org-Id']) ?? DEFAULT_WORKSPACE;
}

/** Decision 7: X-User-Id, else X-Actor, else anonymous. */
export function actorOf(headers: { 'X-User-Id'?: string; 'X-Actor'?: string }): string {
  return present(headers['X-User-Id']) ?? present(headers['X-Actor']) ?? ANONYMOUS;
}

/** Decision 8: the first day (UTC) of the month `now` falls in, as YYYY-MM-DD. */
export function periodOf(now: Date): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-01`;
}
