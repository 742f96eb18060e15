import { clientConfig } from './fetcher.js';

/** One server-sent event, its `data` decoded from JSON where it is JSON. */
export type StreamEvent = { event?: string; id?: string; data: unknown };

export type EventStreamOptions = {
  /** Resume after this event id (sent as `Last-Event-ID`). */
  lastEventId?: string;
  /**
   * Reconnections after a dropped connection, each resuming after the last event received: default 3 for a GET,
   * 0 for any other method, whose request would be sent again (a chat message posted twice).
   */
  retries?: number;
  signal?: AbortSignal;
  /** The API slug whose `configureClient` settings apply (the shared ones without it). */
  api?: string;
};

/** A query parameter's value as a stream client takes it; an array repeats the name. */
export type QueryValue = string | number | boolean | null | undefined | (string | number | boolean)[];

/** `?a=1&b=x` from the named query parameters that are set (undefined and null are left out), or '' when none is. */
export function queryString(params: Record<string, unknown>, names: string[]): string {
  const query = new URLSearchParams();
  for (const name of names) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, String(item));
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** The request that opens a stream other than a GET: its method and JSON body. */
export type EventStreamRequest = { method: string; body?: unknown };

/**
 * Reads a text/event-stream operation as an async iterator of typed events. A dropped connection is resumed
 * with `Last-Event-ID`; the iterator ends when the server ends the stream. Base URL and auth come from
 * `configureClient`, as for the generated React Query client.
 */
export async function* openEventStream<T extends StreamEvent>(path: string, options: EventStreamOptions = {}, request: EventStreamRequest = { method: 'GET' }): AsyncGenerator<T> {
  let lastEventId = options.lastEventId;
  let retriesLeft = options.retries ?? (request.method === 'GET' ? 3 : 0);
  for (;;) {
    const config = clientConfig(options.api);
    const headers = new Headers({ Accept: 'text/event-stream', ...config.headers });
    const token = await config.getToken?.();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (lastEventId !== undefined) headers.set('Last-Event-ID', lastEventId);
    if (request.body !== undefined) headers.set('Content-Type', 'application/json');
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    let response: Response;
    try {
      response = await fetch(`${config.baseUrl}${path}`, { method: request.method, headers, body, signal: options.signal });
    } catch (err) {
      if (options.signal?.aborted || retriesLeft-- <= 0) throw err;
      continue;
    }
    if (!response.ok || !response.body) {
      throw Object.assign(new Error(`event stream answered ${response.status}`), { status: response.status, body: await response.text() });
    }
    try {
      for await (const event of readEvents(response.body)) {
        if (event.id !== undefined) lastEventId = event.id;
        yield event as T;
      }
      return;
    } catch (err) {
      if (options.signal?.aborted || retriesLeft-- <= 0) throw err;
    }
  }
}

async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<StreamEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const frame = parseFrame(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (frame) yield frame;
    }
  }
}

function parseFrame(block: string): StreamEvent | undefined {
  const data: string[] = [];
  const event: Partial<StreamEvent> = {};
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':');
    if (line === '' || colon === 0) continue;
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') data.push(value);
    else if (field === 'event') event.event = value;
    else if (field === 'id') event.id = value;
  }
  if (data.length === 0) return undefined;
  const text = data.join('\n');
  try {
    return { ...event, data: JSON.parse(text) };
  } catch {
    return { ...event, data: text };
  }
}
