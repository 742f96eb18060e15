import { parseDocument } from 'yaml';
import { HttpError } from '../../core/http-error.js';
import type { SpecSchemas } from '../../core/spec-schema-compiler.js';
import { findUnstorable } from '../../core/storable-json.js';
import type { WorkflowDefinition } from './workflow-definition.js';

/**
 * Reads a workflow sent as YAML text: parsed with the `yaml` package (YAML 1.2 core schema, so no implicit
 * dates; aliases capped by the library), then held to the spec's WorkflowDefinition schema exactly as the
 * runtime holds the JSON form.
 */
export class WorkflowBodyReader {
  /** `compile`: the spec's schemas, by pointer (the API's one compiler of its spec). */
  constructor(private readonly compile: SpecSchemas) {}

  fromYaml(text: string): WorkflowDefinition {
    const document = parseDocument(text);
    if (document.errors.length > 0) {
      throw new HttpError(400, 'bad_request', 'Request body is not valid YAML', { parseError: document.errors[0].message });
    }
    let value: unknown;
    try {
      value = document.toJS();
    } catch (err) {
      // The library refuses an alias expansion that would blow up (a "billion laughs" document) only here.
      throw new HttpError(400, 'bad_request', 'Request body is not valid YAML', { parseError: (err as Error).message });
    }
    // The runtime checked only the YAML text: its escapes ("\0", "\ud800") can still make strings Postgres cannot store.
    const unstorable = findUnstorable(value);
    if (unstorable) throw new HttpError(400, 'validation_failed', 'Request is invalid', { errors: [{ location: 'body', ...unstorable }] });
    const validate = this.compile('#/components/schemas/WorkflowDefinition');
    if (!validate(value)) {
      const errors = (validate.errors ?? []).map((e) => {
        const missing = e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : '';
        return { location: 'body', path: `${e.instancePath}${missing}` || '/', message: e.message ?? 'is invalid' };
      });
      throw new HttpError(400, 'validation_failed', 'Request is invalid', { errors });
    }
    return value as WorkflowDefinition;
  }
}
