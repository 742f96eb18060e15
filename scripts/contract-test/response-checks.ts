import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../src/core/ajv.js';
import { declaredResponse, type OperationDef } from '../../src/core/spec-loader.js';
import type { SseFrame } from '../../src/core/handler-types.js';
import { itemSchemaOf, streamItemValidator } from '../../src/core/stream-items.js';
import type { TestResponse } from './http-exchange.js';

const ajv = createAjv(false);
// Header values arrive as text: `X-RateLimit-Remaining: 9` is checked against `type: integer` as the number 9.
const headerAjv = createAjv(true);
const headerChecks = new WeakMap<object, ValidateFunction>();
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
  if (response.headers) out.push(...checkHeaders(declared.headers as Record<string, HeaderDef> | undefined, response));
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

type HeaderDef = { required?: boolean; schema?: object };

/**
 * The response's declared headers: one marked `required` must be sent, and one sent must match its schema
 * (Schemathesis' response_headers_conformance). Content-Type is left to the content check, as OpenAPI ignores a
 * declaration of it among a response's headers.
 */
function checkHeaders(declared: Record<string, HeaderDef> | undefined, response: TestResponse): Violation[] {
  const out: Violation[] = [];
  for (const [name, header] of Object.entries(declared ?? {})) {
    if (name.toLowerCase() === 'content-type') continue;
    const value = response.headers?.[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) out.push({ check: 'headers documented', message: `required header ${name} is missing from the ${response.status} answer` });
      continue;
    }
    if (!header.schema) continue;
    let validate = headerChecks.get(header.schema);
    if (!validate) {
      validate = headerAjv.compile({ type: 'object', properties: { value: header.schema } });
      headerChecks.set(header.schema, validate);
    }
    if (!validate({ value })) {
      out.push({ check: 'headers documented', message: `header ${name}: ${JSON.stringify(value)} does not match its schema: ${headerAjv.errorsText(validate.errors, { dataVar: name })}` });
    }
  }
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
