import { Credentials } from './credentials.js';
/** One request as the contract tester builds it: everything needed to send it again, or print it as curl. */
export type TestRequest = {
  method: string;
  /** The path with its parameters filled in (already percent-encoded), relative to the base URL. */
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  /** The raw body text, when one is sent. */
  body?: string;
};

export type TestResponse = {
  status: number;
  contentType?: string;
  /** The response headers, names in lower case (a repeated header joined by ', ', as fetch gives it). */
  headers?: Record<string, string>;
  /** The body text (for an event stream, what arrived before the read was cut off). */
  text: string;
  /** For an event stream: each event's data, in order. */
  events?: { event?: string; id?: string; data: string }[];
  /** The stream was still open when the read stopped (not a violation: streams may run long). */
  truncated?: boolean;
};

export type SendOptions = { baseUrl: string; timeoutMs: number; streamReadMs: number; maxBodyBytes: number };

export function urlOf(request: TestRequest, baseUrl: string): string {
  const search = new URLSearchParams(request.query).toString();
  return `${baseUrl.replace(/\/+$/, '')}${request.path}${search ? `?${search}` : ''}`;
}

/**
 * Sends one request. A network failure or no answer within the timeout is returned as status 0, which the
 * checks report. Event streams are read for at most `streamReadMs`, then abandoned.
 */
export async function send(request: TestRequest, options: SendOptions): Promise<TestResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), options.timeoutMs);
  try {
    const res = await fetch(urlOf(request, options.baseUrl), {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
      redirect: 'manual',
    });
    const contentType = res.headers.get('content-type') ?? undefined;
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => (headers[name] = value));
    if (contentType?.startsWith('text/event-stream')) return { ...(await readStream(res, contentType, controller, options)), headers };
    const text = await res.text();
    return { status: res.status, contentType, headers, text };
  } catch (err) {
    return { status: 0, text: err instanceof Error ? `${err.message}${err.cause ? `: ${String(err.cause)}` : ''}` : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

async function readStream(res: Response, contentType: string, controller: AbortController, options: SendOptions): Promise<TestResponse> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let truncated = false;
  const cutOff = setTimeout(() => {
    truncated = true;
    controller.abort(new Error('stream read time is over'));
  }, options.streamReadMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (text.length > options.maxBodyBytes) {
        truncated = true;
        controller.abort(new Error('stream is larger than the read limit'));
        break;
      }
    }
  } catch (err) {
    if (!truncated) throw err;
  } finally {
    clearTimeout(cutOff);
  }
  return { status: res.status, contentType, text, events: parseEvents(text, truncated), truncated };
}

/** Parses text/event-stream frames; a frame cut off by the end of the read is left out. */
export function parseEvents(text: string, truncated: boolean): { event?: string; id?: string; data: string }[] {
  const frames = text.replace(/\r\n?/g, '\n').split('\n\n');
  if (truncated || !text.endsWith('\n\n')) frames.pop();
  const events: { event?: string; id?: string; data: string }[] = [];
  for (const frame of frames) {
    const data: string[] = [];
    let event: string | undefined;
    let id: string | undefined;
    for (const line of frame.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') data.push(value);
      else if (field === 'event') event = value;
      else if (field === 'id') id = value;
    }
    if (data.length > 0) events.push({ event, id, data: data.join('\n') });
  }
  return events;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The request as a curl command. The values of the tester's credentials (`secrets`, header names) are left to the
 * shell (`$AUTH`, `$X_API_KEY`; see Credentials.variableOf), so reports hold no token.
 */
export function toCurl(request: TestRequest, baseUrl: string, secrets: string[] = ['Authorization']): string {
  const secret = new Set(secrets.map((name) => name.toLowerCase()));
  const parts = ['curl', '-sS', '-i', '-X', request.method, shellQuote(urlOf(request, baseUrl))];
  for (const [name, value] of Object.entries(request.headers)) {
    parts.push('-H', secret.has(name.toLowerCase()) ? `"${name}: $${Credentials.variableOf(name)}"` : shellQuote(`${name}: ${value}`));
  }
  if (request.body !== undefined) parts.push('--data-binary', shellQuote(request.body));
  return parts.join(' ');
}
