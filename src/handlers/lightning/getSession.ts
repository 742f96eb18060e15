import { notImplemented } from '../../core/not-implemented.js';

/** Scaffolded by `npm run generate`: answers 501 in the lightning error format until implemented. */
export const getSession = notImplemented('getSession');
