import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenApiDocument } from './bundle-spec.js';
import { GENERATED_HEADER } from './paths.js';

/** TypeScript types for paths, operations and components (openapi-typescript). */
export async function renderTypes(doc: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], { exportType: true });
  return `// ${GENERATED_HEADER}: produced by scripts/generate (openapi-typescript).\n${astToString(ast)}`;
}
