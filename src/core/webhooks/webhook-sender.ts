import http from 'node:http';
import https from 'node:https';
import { normalizeHost } from './destination-guard.js';

/** What one attempt came to: a status code when the receiver answered, an error unless it answered 2xx. */
export type AttemptResult = { statusCode: number | null; error: string | null; durationMs: number };

/** `signal` cuts the attempt short (a stopping server), reported as an error like a timeout. */
export type OutgoingWebhook = { url: URL; body: string; headers: Record<string, string>; agent: http.Agent; timeoutMs: number; signal?: AbortSignal };

/**
 * POSTs one webhook. Redirects are never followed (node's http client does not follow them, and a 3xx counts
 * as a failed attempt), so a receiver cannot bounce the request to an address the guard would refuse. The
 * timeout covers the whole exchange, from connecting to the end of the response.
 */
export function sendWebhook(outgoing: OutgoingWebhook): Promise<AttemptResult> {
  const started = performance.now();
  const { url } = outgoing;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const finish = (statusCode: number | null, error: string | null) => {
      clearTimeout(timer);
      resolve({ statusCode, error, durationMs: Math.round(performance.now() - started) });
    };
    const request = client.request(
      {
        method: 'POST',
        protocol: url.protocol,
        hostname: normalizeHost(url.hostname),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        agent: outgoing.agent,
        headers: { ...outgoing.headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(outgoing.body)) },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The body is not needed; reading it to the end lets the timeout also cover a receiver that never finishes.
        response.resume();
        response.on('end', () => finish(status, statusError(status, response.headers.location)));
        response.on('error', (err) => finish(status, err.message));
      },
    );
    const timer = setTimeout(() => request.destroy(new Error(`timed out after ${outgoing.timeoutMs} ms`)), outgoing.timeoutMs);
    const stop = () => request.destroy(new Error('cut short: the server is stopping'));
    if (outgoing.signal?.aborted) stop();
    outgoing.signal?.addEventListener('abort', stop, { once: true });
    request.on('close', () => outgoing.signal?.removeEventListener('abort', stop));
    request.on('error', (err) => finish(null, err.message));
    request.end(outgoing.body);
  });
}

function statusError(status: number, location: string | undefined): string | null {
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) return `redirect to ${location ?? '(no Location)'} not followed`;
  return `receiver answered ${status}`;
}
