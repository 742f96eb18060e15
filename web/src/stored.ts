import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function readStored(key: string): string | undefined {
  return localStorage.getItem(key) ?? undefined;
}

export function writeStored(key: string, value: string | undefined): void {
  if (value === undefined) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  for (const listener of listeners) listener();
}

/** A value kept in localStorage (a token, a workspace id), so a reload keeps the user where they were. */
export function useStored(key: string): [string | undefined, (value: string | undefined) => void] {
  const value = useSyncExternalStore(subscribe, () => readStored(key));
  return [value, useCallback((next: string | undefined) => writeStored(key, next), [key])];
}

export const storageKeys = {
  /** The bearer token LenserFight and Hybrid Thinking accept (the server's JWTs). */
  platformToken: 'dashboard.platformToken',
  /** Why the platform token was dropped (the API refused it), said on the sign-in form until the next sign-in. */
  platformRefused: 'dashboard.platformRefused',
  orchestratorAccess: 'dashboard.orchestrator.accessToken',
  orchestratorRefresh: 'dashboard.orchestrator.refreshToken',
  hypershiftWorkspace: 'dashboard.hypershift.workspace',
  /** The LenserFight run being watched, so a reload or a visit to another page comes back to it. */
  lenserfightRun: 'dashboard.lenserfight.run',
  /** The last Lightning job and session: their ids are the only way back to a paid job's refund or a balance. */
  lightningJob: 'dashboard.lightning.job',
  lightningSession: 'dashboard.lightning.session',
  /** The last hybrid prompt's job: a reload or a visit to another page comes back to its answers. */
  hybridJob: 'dashboard.hybrid.job',
  /** The last workflow run's job, kept the same way. */
  hybridWorkflowJob: 'dashboard.hybrid.workflowJob',
} as const;

/** Signing out of the platform token (LenserFight and Hybrid Thinking share it) forgets what was that user's. */
export function signOutOfPlatform(): void {
  writeStored(storageKeys.lenserfightRun, undefined);
  writeStored(storageKeys.hybridJob, undefined);
  writeStored(storageKeys.hybridWorkflowJob, undefined);
  writeStored(storageKeys.platformToken, undefined);
}
