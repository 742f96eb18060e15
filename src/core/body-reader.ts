import type { IncomingMessage } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { HttpError } from './http-error.js';

/** Content codings a request body may arrive in, decoded before the limit applies to what they expand to. */
const DECODERS: Record<string, () => Transform> = {
  gzip: () => createGunzip(),
  'x-gzip': () => createGunzip(),
  deflate: () => createInflate(),
  br: () => createBrotliDecompress(),
};

/**
 * Reads the raw request body, refusing more than `limit` bytes with a 413. A body sent with `Content-Encoding`
 * gzip, deflate or br is decoded, and the limit counts the decoded bytes (a small bomb cannot expand past it);
 * any other coding is a 415, and a body that is not valid in its coding a 400.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(payloadTooLarge(limit));
  const coding = req.headers['content-encoding']?.trim().toLowerCase();
  if (coding === undefined || coding === '' || coding === 'identity') return collect(req, limit, () => req.resume());
  const decoder = DECODERS[coding]?.();
  if (!decoder) {
    req.resume();
    return Promise.reject(new HttpError(415, 'unsupported_media_type', `Content-Encoding ${coding} is not supported: send gzip, deflate, br or identity`, { received: coding }));
  }
  const abandon = () => {
    req.unpipe(decoder);
    decoder.destroy();
    req.resume();
  };
  req.on('error', (err) => decoder.destroy(err));
  req.pipe(decoder);
  return collect(decoder, limit, abandon).catch((err: unknown) => {
    if (err instanceof HttpError) throw err;
    abandon();
    throw new HttpError(400, 'bad_request', `Request body is not valid ${coding}`, { decodeError: (err as Error).message });
  });
}

function collect(stream: Readable, limit: number, abandon: () => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.removeAllListeners('data');
        abandon();
        reject(payloadTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function payloadTooLarge(limit: number): HttpError {
  return new HttpError(413, 'payload_too_large', `Request body exceeds ${limit} bytes`);
}

/** The error `parseJson` throws: a body that does not parse (an API may word it its own way). */
export const isMalformedJson = (error: HttpError): boolean => error.code === 'bad_request' && error.details?.parseError !== undefined;

export function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (err) {
    throw new HttpError(400, 'bad_request', 'Request body is not valid JSON', { parseError: (err as Error).message });
  }
}

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export function mediaType(header: string | undefined): string | undefined {
  if (header === undefined || header === 'application/json') return header;
  const semicolon = header.indexOf(';');
  return (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase() || undefined;
}

/** Charsets a text body is read in: UTF-8, and ASCII which is a subset of it. */
const READABLE_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii']);

/**
 * The `charset` parameter of a Content-Type when it names one the body cannot be read in, else undefined. Bodies
 * are decoded as UTF-8 (RFC 8259 makes it the only charset of JSON exchanged between systems), so a UTF-16 or
 * Latin-1 body would otherwise be read as garbage, or pass validation with different characters than were sent.
 */
export function unreadableCharset(header: string | undefined): string | undefined {
  const match = header && /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(header);
  if (!match) return undefined;
  const charset = match[1].toLowerCase();
  return READABLE_CHARSETS.has(charset) ? undefined : charset;
}
