import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';

export const generatedSpecFile = (slug: string) => join(repoRoot, 'generated', slug, 'openapi.json');

/** An API's bundled spec as a plain document (its services check values against its schemas). */
export const generatedSpec = (slug: string): Record<string, any> => JSON.parse(readFileSync(generatedSpecFile(slug), 'utf8'));
