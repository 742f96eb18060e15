import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const generatedDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../generated');

export const generatedSpecFile = (slug: string) => join(generatedDir, slug, 'openapi.json');
