import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { hypershiftPlugin } from './plugin.js';

/** Spec and edge only so far: every operation answers 501 until its services are built. */
export const hypershiftModule: Module<Record<string, never>> = {
  slug: 'hypershift',
  specFile: generatedSpecFile('hypershift'),
  createServices: () => ({}),
  plugin: hypershiftPlugin,
};
