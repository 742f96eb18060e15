import type { ValidateFunction } from 'ajv';
import { createAjv } from './ajv.js';
import type { SseFrame, SseStream } from './handler-types.js';
import { HttpError } from './http-error.js';
import type { OperationDef } from './spec-loader.js';

type Schema = Record<string, unknown>;

/** Media types whose responses are a sequence of items, each described by `itemSchema`. */
const STREAMING = /^(text\/event-stream|application\/jsonl|application\/x-ndjson|application\/json-seq)$/;

/**
 * The schema of each item of a streamed response: OpenAPI 3.2's `itemSchema`, or `x-item-schema`, the extension
 * carrying the same schema in a 3.1 document (see specs/README.md, "Event streams").
 */
export function itemSchemaOf(media: Record<string, unknown> | undefined): Schema | undefined {
  return (media?.itemSchema ?? media?.['x-item-schema']) as Schema | undefined;
}

/** The item schema of an operation's streamed success response, if it declares one. */
export function streamItemSchema(operation: OperationDef): Schema | undefined {
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!status.startsWith('2')) continue;
    for (const [type, media] of Object.entries(response.content ?? {})) {
      if (STREAMING.test(type)) {
        const schema = itemSchemaOf(media as Record<string, unknown>);
        if (schema) return schema;
      }
    }
  }
  return undefined;
}

/**
 * An event's `data` is text on the wire. As in OpenAPI 3.2, a JSON payload is described by
 * `contentMediaType: application/json` and `contentSchema`; ajv does not apply those, so a validator checks the
 * decoded event (`data` parsed) against the schema with each such string replaced by its `contentSchema`.
 */
export function decodedItemSchema(schema: unknown, memo = new WeakMap<object, unknown>()): unknown {
  if (Array.isArray(schema)) return schema.map((s) => decodedItemSchema(s, memo));
  if (!schema || typeof schema !== 'object') return schema;
  if (memo.has(schema)) return memo.get(schema);
  const node = schema as Schema;
  if (typeof node.contentMediaType === 'string' && /[/+]json$/.test(node.contentMediaType) && node.contentSchema !== undefined) {
    const decoded = decodedItemSchema(node.contentSchema, memo);
    memo.set(schema, decoded);
    return decoded;
  }
  const out: Schema = {};
  memo.set(schema, out);
  for (const [key, value] of Object.entries(node)) out[key] = decodedItemSchema(value, memo);
  return out;
}

/** An event as its item schema sees it: `event`, `id` as text, and `data` decoded from JSON where it is JSON. */
export function decodedItem(frame: { event?: string; id?: string | number; data: unknown }): Record<string, unknown> {
  let data = frame.data;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      // Plain text data stays text.
    }
  }
  return { ...(frame.event !== undefined ? { event: frame.event } : {}), ...(frame.id !== undefined ? { id: String(frame.id) } : {}), data };
}

const ajv = createAjv(false);

/** Compiles an item schema into a check of one event: its problems, or null when it conforms. */
export function streamItemValidator(schema: Schema): (frame: SseFrame) => string | null {
  const validate: ValidateFunction = ajv.compile(decodedItemSchema(schema) as object);
  return (frame) => (validate(decodedItem(frame)) ? null : ajv.errorsText(validate.errors));
}

/**
 * The stream a handler writes to, checking every event against the operation's item schema first (development
 * and test, like responses). A mismatch is not sent: it throws, the runtime logs it and ends the stream with
 * its `error` event.
 */
export function validatingStream(stream: SseStream, check: (frame: SseFrame) => string | null, operationId: string): SseStream {
  return {
    send(frame) {
      const problem = check(frame);
      if (problem) throw new HttpError(500, 'stream_validation_failed', `${operationId} streamed an event its item schema refuses: ${problem}`, { frame: frame as unknown as Record<string, unknown> });
      return stream.send(frame);
    },
    comment: (text) => stream.comment(text),
    get closed() {
      return stream.closed;
    },
    get isClosed() {
      return stream.isClosed;
    },
    get signal() {
      return stream.signal;
    },
  };
}
