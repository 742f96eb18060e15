import OpenAPISampler from 'openapi-sampler';
import { HttpError } from '../http-error.js';
import type { SseFrame } from '../handler-types.js';
import type { OperationDef } from '../spec-loader.js';

type Media = { schema?: unknown; example?: unknown; examples?: Record<string, { value?: unknown }> };
type Response = { content?: Record<string, Media>; headers?: Record<string, { schema?: unknown; example?: unknown }> };

/** What a mocked operation answers: a status, a JSON body or an event stream to replay, and headers. */
export type MockAnswer = { status: number; body?: unknown; events?: SseFrame[]; headers: Record<string, string> };

/** The `Prefer` header's mock choices, as Prism reads them: `code=404`, `example=notFound` (comma or semicolon separated). */
export function parsePrefer(header: string | undefined): { code?: number; example?: string } {
  const out: { code?: number; example?: string } = {};
  for (const part of (header ?? '').split(/[,;]/)) {
    const [name, value] = part.split('=').map((s) => s?.trim().replace(/^"|"$/g, ''));
    if (name === 'code' && /^\d{3}$/.test(value ?? '')) out.code = Number(value);
    if (name === 'example' && value) out.example = value;
  }
  return out;
}

/**
 * The answer for one request: the documented response `Prefer` picks (by status or by example name), else the
 * lowest 2xx. Its body is the named or first example, else a value sampled from the schema (openapi-sampler);
 * the runtime then validates it like any response, so an example that breaks its own schema shows up as a 500.
 */
export function mockAnswer(operation: OperationDef, prefer: { code?: number; example?: string }): MockAnswer {
  const responses = operation.responses as Record<string, Response>;
  const statuses = Object.keys(responses).filter((s) => /^\d{3}$/.test(s)).sort();
  let status: string | undefined;
  let exampleName = prefer.example;
  if (prefer.example) {
    status = statuses.find((s) => Object.values(responses[s].content ?? {}).some((m) => m.examples && prefer.example! in m.examples));
    if (!status) throw new HttpError(400, 'mock_example_unknown', `${operation.operationId} documents no example named "${prefer.example}"`, { examples: exampleNames(responses) });
  }
  if (prefer.code !== undefined) {
    status = String(prefer.code);
    if (!responses[status]) throw new HttpError(400, 'mock_status_unknown', `${operation.operationId} documents no ${status} response`, { statuses });
    if (exampleName && !Object.values(responses[status].content ?? {}).some((m) => m.examples && exampleName! in m.examples)) exampleName = undefined;
  }
  status ??= statuses.find((s) => s.startsWith('2')) ?? statuses[0];
  if (!status) throw new HttpError(501, 'not_implemented', `${operation.operationId} documents no response to mock`);
  const response = responses[status];
  const headers = mockHeaders(response);
  const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
  if (!type || !media) return { status: Number(status), headers };
  const value = exampleValue(media, exampleName) ?? sample(media.schema);
  if (type.startsWith('text/event-stream')) return { status: Number(status), headers, events: typeof value === 'string' ? parseFrames(value) : [] };
  return { status: Number(status), body: value, headers };
}

function exampleNames(responses: Record<string, Response>): string[] {
  return Object.values(responses).flatMap((r) => Object.values(r.content ?? {}).flatMap((m) => Object.keys(m.examples ?? {})));
}

function exampleValue(media: Media, name: string | undefined): unknown {
  if (name && media.examples?.[name]) return media.examples[name].value;
  if (media.example !== undefined) return media.example;
  const first = media.examples ? Object.values(media.examples)[0] : undefined;
  return first?.value;
}

function sample(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object') return undefined;
  return OpenAPISampler.sample(schema as never, { skipReadOnly: false, skipWriteOnly: true, quiet: true });
}

/** Each documented header the response declares, from its example or a sample of its schema. */
function mockHeaders(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    if (name.toLowerCase() === 'content-type') continue;
    const value = header.example ?? sample(header.schema);
    if (value !== undefined) out[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
}

/** Reads the frames of a text/event-stream example, to replay them. */
export function parseFrames(text: string): SseFrame[] {
  const frames: SseFrame[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\n+/)) {
    const data: string[] = [];
    const frame: Partial<SseFrame> = {};
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      if (line === '' || colon === 0) continue;
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') data.push(value);
      else if (field === 'event') frame.event = value;
      else if (field === 'id') frame.id = value;
    }
    if (data.length > 0) frames.push({ ...frame, data: data.join('\n') });
  }
  return frames;
}
