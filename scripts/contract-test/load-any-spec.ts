import { existsSync, readFileSync } from 'node:fs';
import { loadSpecDocument, type LoadedSpec } from '../../src/core/spec-loader.js';
import { bundleSpec } from '../generate/bundle-spec.js';
import { listApis } from '../generate/paths.js';

/** A spec by slug (this project's bundled one) or by file: a bundled JSON document, or a YAML/JSON index with split files. */
export async function loadAnySpec(ref: string): Promise<LoadedSpec> {
  const api = listApis().find((a) => a.slug === ref);
  if (api) return loadSpecDocument(JSON.parse(readFileSync(`${api.outDir}/openapi.json`, 'utf8')));
  if (!existsSync(ref)) throw new Error(`${ref} is neither a file nor an API of this project (${listApis().map((a) => a.slug).join(', ')})`);
  return loadSpecDocument(await bundleSpec(ref, ref));
}
