import { bundle, createConfig } from '@redocly/openapi-core';
import { GENERATED_HEADER } from './paths.js';

export type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
  servers?: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
  [key: string]: unknown;
};

/** Bundles an openapi.yaml index (with its split files) into one document with internal $refs only. */
export async function bundleSpec(api: string, specFile: string): Promise<OpenApiDocument> {
  const config = await createConfig({});
  const result = await bundle({ ref: specFile, config, dereference: false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`${api}: bundling failed: ${errors.map((e) => e.message).join('; ')}`);
  }
  const doc = result.bundle.parsed as OpenApiDocument;
  return { 'x-generated': GENERATED_HEADER, ...doc };
}
