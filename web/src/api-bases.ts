/**
 * Where each API is mounted when the server serves them all (its `/<slug>` prefix plus the spec's base path).
 * The generated clients' paths are relative to these.
 */
export const apiBases = {
  lenserfight: '/lenserfight',
  lightning: '/lightning/api',
  hybrid: '/hybrid/v1',
  hypershift: '/hypershift',
  orchestrator: '/orchestrator/api/v1',
} as const;
