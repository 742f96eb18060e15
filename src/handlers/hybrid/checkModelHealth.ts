import { notImplemented } from '../../core/not-implemented.js';

/** Scaffolded by `npm run generate`: answers 501 in the hybrid error format until implemented. */
export const checkModelHealth = notImplemented('checkModelHealth');
