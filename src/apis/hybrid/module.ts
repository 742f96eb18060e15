import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { hybridPlugin } from './plugin.js';

/** Spec and edge only so far: every operation answers 501 until its services are built. */
export const hybridModule: Module<Record<string, never>> = {
  slug: 'hybrid',
  specFile: generatedSpecFile('hybrid'),
  createServices: () => ({}),
  plugin: hybridPlugin,
};
