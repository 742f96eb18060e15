import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { HttpError } from './http-error.js';

/** node:http's parse errors carry llhttp's code and the bytes it stopped at. */
export type ClientError = Error & { code?: string; rawPacket?: Buffer };

/** What an API answers with when a request cannot even be parsed: its own error envelope, as bytes. */
export type BareErrorRenderer = (error: HttpError, requestId: string) => { body: string; headers: Record<string, string | number> };

/** The statuses node:http itself would send (its default 'clientError' handler), with the codes the APIs use. */
function errorFor(err: ClientError): HttpError {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new HttpError(431, 'request_header_fields_too_large', 'The request headers are too large');
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new HttpError(413, 'payload_too_large', 'The chunk extensions of the request body are too large');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new HttpError(408, 'request_timeout', 'The request was not received in time');
    default:
      return new HttpError(400, 'bad_request', 'The request is not valid HTTP/1.1');
  }
}

/** The path of the request line, when the bytes node:http stopped at begin with one. */
export function requestLinePath(raw: Buffer | undefined): string | undefined {
  if (!raw) return undefined;
  const line = raw.subarray(0, Math.min(raw.length, 8192)).toString('latin1');
  return /^[A-Z]+ (\/[^ ?\r\n]*)/.exec(line)?.[1];
}

/**
 * node:http's 'clientError' listener: a request it cannot parse (a header over its 16 KB, a control character in
 * a header, a broken request line) is otherwise answered with a bare status line and no body. Here it gets the
 * same status in the error envelope of the API whose path the request line names (`rendererFor`), or the host's
 * own, and the connection is closed, as node:http closes it.
 */
export function malformedRequestHandler(rendererFor: (path: string | undefined) => BareErrorRenderer, onError?: (err: ClientError, status: number) => void) {
  return (err: ClientError, socket: Duplex): void => {
    // The client is gone (or went while sending): there is no one to answer. Nor when a response on this connection
    // (an earlier request's, an event stream) has begun: a status line in its middle would corrupt it. node:http's
    // own handler makes the same check, on the same property.
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const error = errorFor(err);
    onError?.(err, error.status);
    const { body, headers } = rendererFor(requestLinePath(err.rawPacket))(error, randomUUID());
    const lines = [`HTTP/1.1 ${error.status} ${STATUS_CODES[error.status]}`];
    for (const [name, value] of Object.entries({ ...headers, 'Content-Length': Buffer.byteLength(body), Connection: 'close' })) lines.push(`${name}: ${value}`);
    socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
  };
}
