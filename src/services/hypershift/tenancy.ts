/** Decision 5 and 20: X-Workspace-Id, else X-Org-Id, else ws-default; an empty header counts as absent. */
export const DEFAULT_WORKSPACE = 'ws-default';
export const ANONYMOUS = 'anonymous';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Node reads header bytes as latin1, so `josé` sent as UTF-8 (curl, most raw clients) arrived as `josÃ©`. Bytes
 * that are valid UTF-8 are read as UTF-8; anything else (a latin1 `é` alone) stays as it came.
 */
function decoded(value: string): string {
  if (!/[^\p{ASCII}]/u.test(value)) return value;
  try {
    return utf8.decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

const present = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
const header = (value: string | undefined) => {
  const sent = present(value);
  return sent === undefined ? undefined : decoded(sent);
};

/** `override`: `?workspace_id=`, already decoded from its percent-encoding as UTF-8. */
export function workspaceOf(headers: { 'X-Workspace-Id'?: string; 'X-Org-Id'?: string }, override?: string): string {
  return present(override) ?? header(headers['X-Workspace-Id']) ?? header(headers['X-Org-Id']) ?? DEFAULT_WORKSPACE;
}

/** Decision 7: X-User-Id, else X-Actor, else anonymous. */
export function actorOf(headers: { 'X-User-Id'?: string; 'X-Actor'?: string }): string {
  return header(headers['X-User-Id']) ?? header(headers['X-Actor']) ?? ANONYMOUS;
}

/** Decision 8: the first day (UTC) of the month `now` falls in, as YYYY-MM-DD. */
export function periodOf(now: Date): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-01`;
}
