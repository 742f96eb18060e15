import { notImplemented } from '../../core/not-implemented.js';

/** Scaffolded by `npm run generate`: answers 501 in the hypershift error format until implemented. */
export const createRun = notImplemented('createRun');
