import { tracingChannel } from 'node:diagnostics_channel';
import pino, { type Logger } from 'pino';
import { REQUEST_ID } from './request-id.js';
import { BatchedDestination, type DeferredLine } from './log-destination.js';

export type RequestLog = (requestId: string, status: number, durationMs: number) => void;

type Internals = Record<symbol, unknown>;
type Stream = { write(line: string): unknown };

const S = pino.symbols;
const FIELDS = ['requestId', 'status', 'durationMs'];
/** pino traces its line building on this channel; while anyone listens, lines go through pino. */
const asJsonTracing = tracingChannel('pino_asJson');

/**
 * The one info line per request (request id, status, duration; the API and operation are the logger's bindings).
 *
 * Why not `logger.info(...)` alone: it was the largest framework cost left on a small POST (about 2 µs of pino's
 * generic line building per request, profiled in the running server). For a logger without the features that
 * change a line's text (mixin, log formatter, redaction, serializers of these fields, nested key, message prefix,
 * hooks, a stream that wants metadata, a tracing subscriber), the line is put together here from the same parts
 * pino uses (its cached level prefix, its time function, the child's pre-serialized bindings and its line end),
 * so it is byte for byte the line pino would write. Any other logger gets `logger.info`.
 */
export function requestLog(parent: Logger, labels: { api: string; operation: string }): RequestLog {
  const log = parent.child(labels);
  if (!writesPlainLines(log)) {
    return (requestId, status, durationMs) => log.info({ requestId, status, durationMs: round(durationMs) }, 'request');
  }
  const internals = log as unknown as Internals;
  const stream = internals[S.streamSym] as Stream;
  const time = internals[S.timeSym] as () => string;
  const message = `,${JSON.stringify(internals[S.messageKeySym])}:"request"${internals[S.endSym] as string}`;
  // The level's prefix and the bindings are read as each line is built, not once: they change with `setBindings`
  // or custom levels.
  const line = (timeField: string, requestId: string, status: number, durationMs: number) => {
    const id = REQUEST_ID.test(requestId) ? `"${requestId}"` : JSON.stringify(requestId);
    const head = (internals[S.lsCacheSym] as Record<number, string>)[log.levels.values.info] + timeField + (internals[S.chindingsSym] as string);
    return `${head},"requestId":${id},"status":${status},"durationMs":${round(durationMs)}${message}`;
  };
  // pino's default time is the epoch in ms, which can be taken now and written later: the destination holds the
  // line's fields and builds its text with others (BatchedDestination says why).
  const later = stream instanceof BatchedDestination && time === pino.stdTimeFunctions.epochTime ? stream : undefined;
  const deferred: DeferredLine = (at, requestId, status, durationMs) => line(`,"time":${at}`, requestId, status, durationMs);
  return (requestId, status, durationMs) => {
    if (!log.isLevelEnabled('info')) return;
    if (asJsonTracing.hasSubscribers) {
      log.info({ requestId, status, durationMs: round(durationMs) }, 'request');
      return;
    }
    if (later) later.writeLater(deferred, Date.now(), requestId, status, durationMs);
    else stream.write(line(time(), requestId, status, durationMs));
  };
}

function round(durationMs: number): number {
  return Math.round(durationMs * 100) / 100;
}

function writesPlainLines(log: Logger): boolean {
  const internals = log as unknown as Internals;
  const formatters = internals[S.formattersSym] as { log?: unknown };
  const serializers = internals[S.serializersSym] as Record<string, unknown>;
  const stringifiers = internals[S.stringifiersSym] as Record<string | symbol, unknown>;
  const hooks = internals[S.hooksSym] as { logMethod?: unknown; streamWrite?: unknown };
  const stream = internals[S.streamSym] as Record<symbol, unknown>;
  const messageKey = internals[S.messageKeySym] as string;
  return (
    !internals[S.mixinSym] &&
    !formatters.log &&
    !internals[S.nestedKeySym] &&
    !log.msgPrefix &&
    !hooks.logMethod &&
    !hooks.streamWrite &&
    stream[Symbol.for('pino.metadata')] !== true &&
    !stringifiers[S.wildcardFirstSym] &&
    [...FIELDS, messageKey].every((key) => !serializers[key] && !stringifiers[key])
  );
}
