import type { HttpError } from '../../core/http-error.js';

type Issue = { location: string; path: string; message: string };

const REQUIRED = /^must have required property '(.+)'$/;
const LOCATION_NAMES: Record<string, string> = { query: 'query parameter', path: 'path parameter', header: 'header' };

/**
 * The first problem with a request, in the words of the spec's examples (`request is required`, `amount_sats must be
 * an integer between 100 and 10000`, `Missing required query parameter 'request'`): this API's error body is one
 * string, so the string has to say what is wrong.
 */
function validationMessage(issues: Issue[]): string {
  const first = issues[0];
  if (!first) return 'Request is invalid';
  const required = REQUIRED.exec(first.message);
  const field = first.path.slice(1).replace(/\//g, '.');
  if (first.location !== 'body') {
    if (required) return `Missing required ${LOCATION_NAMES[first.location] ?? first.location} '${required[1]}'`;
    return `${LOCATION_NAMES[first.location] ?? first.location} '${field}' ${first.message}`;
  }
  if (first.path === '/' && first.message === 'is required') return 'Request body is required';
  // A missing property's path already ends with its name.
  if (required) return `${field} is required`;
  if (field === 'amount_sats') return 'amount_sats must be an integer between 100 and 10000';
  return `${field || 'Request body'} ${first.message === 'must NOT have fewer than 1 characters' ? 'must not be empty' : first.message}`;
}

/** The Lightning jobs API answers every error as `{error: string}`. */
export function lightningErrorBody(error: HttpError): { error: string } {
  if (error.code === 'validation_failed') return { error: validationMessage((error.details?.errors as Issue[] | undefined) ?? []) };
  // Only the body reader's JSON failure carries `parseError`; the refund's invoice checks are 400s of their own.
  if (error.code === 'bad_request' && error.details?.parseError !== undefined) return { error: 'Malformed JSON in request body' };
  return { error: error.message };
}
