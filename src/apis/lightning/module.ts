import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { lightningPlugin } from './plugin.js';

/** Spec and edge only so far: every operation answers 501 until its services are built. */
export const lightningModule: Module<Record<string, never>> = {
  slug: 'lightning',
  specFile: generatedSpecFile('lightning'),
  createServices: () => ({}),
  plugin: lightningPlugin,
};
