import { generatedSpecFile } from '../generated-spec.js';
import type { Module } from '../shared-deps.js';
import { orchestratorPlugin } from './plugin.js';

/** Spec and edge only so far: every operation answers 501 until its services are built. */
export const orchestratorModule: Module<Record<string, never>> = {
  slug: 'orchestrator',
  specFile: generatedSpecFile('orchestrator'),
  createServices: () => ({}),
  plugin: orchestratorPlugin,
};
