import type { ValidateFunction } from 'ajv';
import { createAjv } from './ajv.js';
import { lazy } from './lazy.js';

const SPEC_ID = 'spec';

/**
 * Compiles schemas that live inside one whole document (a bundled spec), each by its JSON pointer
 * (`#/components/schemas/WorkflowDefinition`). The document is added to ajv whole, so a schema's own
 * `#/components/...` references resolve exactly as in the spec. Nothing is done until the first compile: adding
 * the document walks all of it, a start-up cost for every API that holds one of these. A pointer is compiled once.
 */
export type SpecSchemas = (pointer: string) => ValidateFunction;

/**
 * One per spec document, shared by everything that checks values against that spec's schemas: each compiler adds
 * the whole document to an ajv of its own.
 */
export function specSchemaCompiler(document: () => object): SpecSchemas {
  const ajv = lazy(() => createAjv(false).addSchema(document(), SPEC_ID, undefined, false));
  const compiled = new Map<string, ValidateFunction>();
  return (pointer) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv().compile({ $ref: `${SPEC_ID}${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
}
