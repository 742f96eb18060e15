// generated — do not edit: produced by scripts/generate (stream-clients.ts) from each stream's item schema.
import { openEventStream, type EventStreamOptions } from '../../src/client/event-stream.js';
import { useEventStream } from '../../src/client/use-event-stream.js';
import type { operations } from './types.js';

/**
 * One event of `sendGeminiMessage`'s reply stream (its item schema: `x-item-schema` here, `itemSchema` in the
 * 3.2 bundle). As in OpenAPI 3.2, an event is `{event, id, data}` with `data` the JSON text of its payload,
 * described by `contentMediaType`/`contentSchema`. The reply's own frames carry only `data`: chunks, then one
 * `done`, or one `error` instead of `done`. The framework's `error` event ends the stream if the server fails.
 * 
 */
export type SendGeminiMessageEvent = (GeminiReplyChunkFrame | GeminiReplyDoneFrame | GeminiReplyFailedFrame | GeminiStreamErrorFrame)

/**
 * The next piece of the reply; concatenate the pieces in order to obtain the full reply.
 */
export interface GeminiReplyChunkFrame {
data: {
content: string
}
}
/**
 * The last frame of a reply that completed; the server then closes the stream.
 */
export interface GeminiReplyDoneFrame {
data: {
done: true
}
}
/**
 * Sent instead of `done` when generation fails after the stream started; the server then closes the stream.
 */
export interface GeminiReplyFailedFrame {
data: {
error: string
}
}
/**
 * Sent by the framework, then the stream ends, when the stream fails on the server.
 */
export interface GeminiStreamErrorFrame {
event: "error"
data: {
code: string
message: string
}
}

/** The request body that opens sendGeminiMessage's stream. */
export type SendGeminiMessageBody = NonNullable<operations["sendGeminiMessage"]['requestBody']>['content']["application/json"];

/** POST /gemini/conversations/{id}/messages: its events as they arrive; resumes after `lastEventId`. */
export function sendGeminiMessage(params: { "id": string }, body: SendGeminiMessageBody, options?: EventStreamOptions): AsyncGenerator<SendGeminiMessageEvent> {
  return openEventStream<SendGeminiMessageEvent>(`/gemini/conversations/${encodeURIComponent(params["id"])}/messages`, { api: "lightning", ...options }, { method: 'POST', body });
}

/** React: the events of sendGeminiMessage so far, whether it has ended, and its error. */
export function useSendGeminiMessage(params: { "id": string }, body: SendGeminiMessageBody, options?: Omit<EventStreamOptions, 'signal'>) {
  return useEventStream<SendGeminiMessageEvent>((signal) => sendGeminiMessage(params, body, { ...options, signal }), [params["id"], JSON.stringify(body), options?.lastEventId]);
}
