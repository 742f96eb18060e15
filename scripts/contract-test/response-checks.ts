import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../src/core/ajv.js';
import { declaredResponse, type OperationDef } from '../../src/core/spec-loader.js';
import type { SseFrame } from '../../src/core/handler-types.js';
import { itemSchemaOf, streamItemValidator } from '../../src/core/stream-items.js';
import type { TestResponse } from './http-exchange.js';

const ajv = createAjv(false);
const compiled = new WeakMap<object, ValidateFunction>();
const itemChecks = new WeakMap<object, (frame: SseFrame) => string | null>();

function validatorOf(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export type Violation = { check: string; message: string };

/** An answer the spec does not describe, or a refusal of a valid request turned into a server error. */
export function checkResponse(operation: OperationDef, response: TestResponse, invalidRequest: boolean): Violation[] {
  if (response.status === 0) return [{ check: 'answered', message: `no answer: ${response.text}` }];
  const out: Violation[] = [];
  if (response.status >= 500) out.push({ check: 'no server error', message: `answered ${response.status}: ${response.text.slice(0, 300)}` });
  if (invalidRequest && response.status >= 200 && response.status < 300) {
    out.push({ check: 'invalid request refused', message: `an invalid request was answered ${response.status}` });
  }
  const declared = declaredResponse(operation, response.status);
  if (!declared) {
    out.push({ check: 'status documented', message: `status ${response.status} is not documented (documented: ${Object.keys(operation.responses).join(', ')})` });
    return out;
  }
  const content = (declared.content ?? {}) as Record<string, Record<string, unknown>>;
  const hasBody = response.text.length > 0;
  if (!hasBody) return out;
  const type = response.contentType?.split(';')[0].trim().toLowerCase();
  const mediaName = type && Object.keys(content).find((t) => t.toLowerCase() === type || (t.endsWith('/*') && type.startsWith(t.slice(0, -1))));
  if (!mediaName) {
    out.push({ check: 'content type documented', message: `content type ${type ?? '(none)'} is not documented for ${response.status} (documented: ${Object.keys(content).join(', ') || 'no body'})` });
    return out;
  }
  const media = content[mediaName];
  if (mediaName.includes('event-stream')) return [...out, ...checkEvents(media, response)];
  if (!/[/+]json$/.test(mediaName) || !media.schema) return out;
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return [...out, { check: 'body valid', message: `${mediaName} body is not JSON: ${response.text.slice(0, 200)}` }];
  }
  const validate = validatorOf(media.schema as object);
  if (!validate(body)) out.push({ check: 'body valid', message: `body does not match the ${response.status} schema: ${ajv.errorsText(validate.errors)}` });
  return out;
}

function checkEvents(media: Record<string, unknown>, response: TestResponse): Violation[] {
  const schema = itemSchemaOf(media);
  if (!schema) return [];
  let check = itemChecks.get(schema);
  if (!check) {
    check = streamItemValidator(schema);
    itemChecks.set(schema, check);
  }
  for (const event of response.events ?? []) {
    const problem = check(event);
    if (problem) return [{ check: 'event valid', message: `event ${JSON.stringify(event).slice(0, 200)} does not match the item schema: ${problem}` }];
  }
  return [];
}
