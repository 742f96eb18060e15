// generated — do not edit: produced by scripts/generate (stream-clients.ts) from each stream's item schema.
import { openEventStream, type EventStreamOptions } from '../../src/client/event-stream.js';
import { useEventStream } from '../../src/client/use-event-stream.js';

/**
 * One event of `streamRunEvents` (the stream's item schema, `x-item-schema` here and `itemSchema` in the
 * 3.2 bundle). As in OpenAPI 3.2, an event is `{event, id, data}` with `data` the JSON text of its payload,
 * described by `contentMediaType`/`contentSchema`.
 * 
 */
export type StreamRunEventsEvent = (RunEventFrame | RunDoneFrame | RunStreamErrorFrame)

/**
 * A row of the run's event log; `event` is its `eventType`. Ids are increasing integers.
 */
export interface RunEventFrame {
id: string
event: string
data: RunEventData
}
export interface RunEventData {
/**
 * e.g. `run.queued`, `run.started`, `artifact.created`, `run.requeued`, `run.succeeded`, `run.failed`, `run.canceled`, `run.timed_out`.
 */
eventType: string
payload: {

}
occurredAt: string
}
/**
 * The last event, once the run is terminal and every event has been sent.
 */
export interface RunDoneFrame {
event: "done"
data: {
runId: string
status: (("queued" | "running" | "succeeded" | "failed" | "canceled" | "timed_out") | null)
}
}
/**
 * Sent by the framework, then the stream ends, when the stream fails on the server.
 */
export interface RunStreamErrorFrame {
event: "error"
data: {
code: string
message: string
}
}

/** GET /v1/runs/{runId}/events: its events as they arrive; resumes after `lastEventId` and after a dropped connection. */
export function streamRunEvents(params: { "runId": string }, options?: EventStreamOptions): AsyncGenerator<StreamRunEventsEvent> {
  return openEventStream<StreamRunEventsEvent>(`/v1/runs/${encodeURIComponent(params["runId"])}/events`, { api: "lenserfight", ...options });
}

/** React: the events of streamRunEvents so far, whether it has ended, and its error. */
export function useStreamRunEvents(params: { "runId": string }, options?: Omit<EventStreamOptions, 'signal'>) {
  return useEventStream<StreamRunEventsEvent>((signal) => streamRunEvents(params, { ...options, signal }), [params["runId"], options?.lastEventId]);
}
