import { join } from 'node:path';
import { repoRoot } from '../paths.js';

export const generatedSpecFile = (slug: string) => join(repoRoot, 'generated', slug, 'openapi.json');
