import { notImplemented } from '../../core/not-implemented.js';

/** Scaffolded by `npm run generate`: answers 501 in the orchestrator error format until implemented. */
export const getOrganization = notImplemented('getOrganization');
